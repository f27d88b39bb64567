// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SourceDynamodbConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether nested lists are written as JSON text (config key "array.encoding.json"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#array_encoding_json SourceDynamodb#array_encoding_json}
  */
  readonly arrayEncodingJson?: boolean | cdktf.IResolvable;
  /**
  * AWS access key ID Streamkap reads DynamoDB with, e.g. AKIAIOSFODNN7EXAMPLE (config key "aws.access.key.id"). Text. Required. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#aws_access_key_id SourceDynamodb#aws_access_key_id}
  */
  readonly awsAccessKeyId: string;
  /**
  * AWS region of the DynamoDB tables, e.g. us-east-1 (config key "aws.region"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#aws_region SourceDynamodb#aws_region}
  */
  readonly awsRegion: string;
  /**
  * Secret access key of that access key ID (config key "aws.secret.key"). Text. Required. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#aws_secret_key SourceDynamodb#aws_secret_key}
  */
  readonly awsSecretKey: string;
  /**
  * Size of the batches the connector reads changes in (config key "batch.size"). A whole number. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#batch_size SourceDynamodb#batch_size}
  */
  readonly batchSize?: number;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#desired_state SourceDynamodb#desired_state}
  */
  readonly desiredState?: string;
  /**
  * DynamoDB endpoint to use instead of the region's default, e.g. https://dynamodb.us-east-1.amazonaws.com (config key "dynamodb.service.endpoint"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#dynamodb_service_endpoint SourceDynamodb#dynamodb_service_endpoint}
  */
  readonly dynamodbServiceEndpoint?: string;
  /**
  * Expiration time of a full table export, in milliseconds (86400000 is one day) (config key "full.export.expiration.time.ms"). A whole number. Defaults to 86400000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#full_export_expiration_time_ms SourceDynamodb#full_export_expiration_time_ms}
  */
  readonly fullExportExpirationTimeMs?: number;
  /**
  * Size of each chunk of an incremental snapshot (config key "incremental.snapshot.chunk.size"). A whole number. Defaults to 32768.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#incremental_snapshot_chunk_size SourceDynamodb#incremental_snapshot_chunk_size}
  */
  readonly incrementalSnapshotChunkSize?: number;
  /**
  * Most threads an incremental snapshot reads with (config key "incremental.snapshot.max.threads"). A whole number. Defaults to 8.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#incremental_snapshot_max_threads SourceDynamodb#incremental_snapshot_max_threads}
  */
  readonly incrementalSnapshotMaxThreads?: number;
  /**
  * Whether each record gets a _streamkap_topic field holding its Kafka topic's name (topic router transforms need it to keep lineage) (config key "InsertTopicName.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#insert_topic_name_enabled SourceDynamodb#insert_topic_name_enabled}
  */
  readonly insertTopicNameEnabled?: boolean | cdktf.IResolvable;
  /**
  * Name of the source, unique among the sources of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#name SourceDynamodb#name}
  */
  readonly name: string;
  /**
  * How long one poll for changes may wait, in milliseconds (config key "poll.timeout.ms"). A whole number. Defaults to 180000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#poll_timeout_ms SourceDynamodb#poll_timeout_ms}
  */
  readonly pollTimeoutMs?: number;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#preserve_null_values SourceDynamodb#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * S3 bucket DynamoDB exports the tables to for the snapshot (backfill), e.g. acme-cdc-export (config key "s3.export.bucket.name"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#s3_export_bucket_name SourceDynamodb#s3_export_bucket_name}
  */
  readonly s3ExportBucketName: string;
  /**
  * How long one poll of the signal topic may wait, in milliseconds (config key "signal.kafka.poll.timeout.ms"). A whole number. Defaults to 1000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#signal_kafka_poll_timeout_ms SourceDynamodb#signal_kafka_poll_timeout_ms}
  */
  readonly signalKafkaPollTimeoutMs?: number;
  /**
  * When above 0, the snapshot runs alongside streaming and its records' _streamkap_ts_ms is set back by this much, in milliseconds, so that live changes win downstream (config key "snapshot.parallel.time.offset"). A whole number from 0 to 604800000. Defaults to 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#snapshot_parallel_time_offset SourceDynamodb#snapshot_parallel_time_offset}
  */
  readonly snapshotParallelTimeOffset?: number;
  /**
  * Whether nested maps are written as JSON text (config key "struct.encoding.json"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#struct_encoding_json SourceDynamodb#struct_encoding_json}
  */
  readonly structEncodingJson?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated list of the DynamoDB tables to capture, e.g. orders,order_items (config key "table.include.list.user.defined"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#table_include_list SourceDynamodb#table_include_list}
  */
  readonly tableIncludeList: string;
  /**
  * Ids of the source's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#tags SourceDynamodb#tags}
  */
  readonly tags?: string[];
  /**
  * Most Kafka Connect tasks the connector runs in parallel (config key "tasks.max"). A whole number from 1 to 40. Defaults to 10.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#tasks_max SourceDynamodb#tasks_max}
  */
  readonly tasksMax?: number;
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#transforms_oversized_records_fields_exclude_list SourceDynamodb#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#transforms_oversized_records_fields_include_list SourceDynamodb#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#transforms_oversized_records_max_field_size_bytes SourceDynamodb#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#transforms_oversized_records_max_record_size_bytes SourceDynamodb#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#transforms_oversized_records_oversized_field_behavior SourceDynamodb#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#transforms_oversized_records_replace_null_with_default SourceDynamodb#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#transforms_oversized_records_semantic_types_exclude SourceDynamodb#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#transforms_oversized_records_truncation_suffix SourceDynamodb#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * Comma-separated list of columns copied from each record's value into its key, as table.column, e.g. orders.customer_id (config key "transforms.ValueToKey.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#transforms_value_to_key_fields_include_list SourceDynamodb#transforms_value_to_key_fields_include_list}
  */
  readonly transformsValueToKeyFieldsIncludeList?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.ValueToKey.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#transforms_value_to_key_replace_null_with_default SourceDynamodb#transforms_value_to_key_replace_null_with_default}
  */
  readonly transformsValueToKeyReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#timeouts SourceDynamodb#timeouts}
  */
  readonly timeouts?: SourceDynamodbTimeouts;
}
export interface SourceDynamodbTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#create SourceDynamodb#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#delete SourceDynamodb#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#update SourceDynamodb#update}
  */
  readonly update?: string;
}

export function sourceDynamodbTimeoutsToTerraform(struct?: SourceDynamodbTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function sourceDynamodbTimeoutsToHclTerraform(struct?: SourceDynamodbTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SourceDynamodbTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceDynamodbTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SourceDynamodbTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb streamkap_source_dynamodb}
*/
export class SourceDynamodb extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_source_dynamodb";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SourceDynamodb resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SourceDynamodb to import
  * @param importFromId The id of the existing SourceDynamodb that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SourceDynamodb to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_source_dynamodb", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_dynamodb streamkap_source_dynamodb} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SourceDynamodbConfig
  */
  public constructor(scope: Construct, id: string, config: SourceDynamodbConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_source_dynamodb',
      terraformGeneratorMetadata: {
        providerName: 'streamkap',
        providerVersionConstraint: '~> 0.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._arrayEncodingJson = config.arrayEncodingJson;
    this._awsAccessKeyId = config.awsAccessKeyId;
    this._awsRegion = config.awsRegion;
    this._awsSecretKey = config.awsSecretKey;
    this._batchSize = config.batchSize;
    this._desiredState = config.desiredState;
    this._dynamodbServiceEndpoint = config.dynamodbServiceEndpoint;
    this._fullExportExpirationTimeMs = config.fullExportExpirationTimeMs;
    this._incrementalSnapshotChunkSize = config.incrementalSnapshotChunkSize;
    this._incrementalSnapshotMaxThreads = config.incrementalSnapshotMaxThreads;
    this._insertTopicNameEnabled = config.insertTopicNameEnabled;
    this._name = config.name;
    this._pollTimeoutMs = config.pollTimeoutMs;
    this._preserveNullValues = config.preserveNullValues;
    this._s3ExportBucketName = config.s3ExportBucketName;
    this._signalKafkaPollTimeoutMs = config.signalKafkaPollTimeoutMs;
    this._snapshotParallelTimeOffset = config.snapshotParallelTimeOffset;
    this._structEncodingJson = config.structEncodingJson;
    this._tableIncludeList = config.tableIncludeList;
    this._tags = config.tags;
    this._tasksMax = config.tasksMax;
    this._transformsOversizedRecordsFieldsExcludeList = config.transformsOversizedRecordsFieldsExcludeList;
    this._transformsOversizedRecordsFieldsIncludeList = config.transformsOversizedRecordsFieldsIncludeList;
    this._transformsOversizedRecordsMaxFieldSizeBytes = config.transformsOversizedRecordsMaxFieldSizeBytes;
    this._transformsOversizedRecordsMaxRecordSizeBytes = config.transformsOversizedRecordsMaxRecordSizeBytes;
    this._transformsOversizedRecordsOversizedFieldBehavior = config.transformsOversizedRecordsOversizedFieldBehavior;
    this._transformsOversizedRecordsReplaceNullWithDefault = config.transformsOversizedRecordsReplaceNullWithDefault;
    this._transformsOversizedRecordsSemanticTypesExclude = config.transformsOversizedRecordsSemanticTypesExclude;
    this._transformsOversizedRecordsTruncationSuffix = config.transformsOversizedRecordsTruncationSuffix;
    this._transformsValueToKeyFieldsIncludeList = config.transformsValueToKeyFieldsIncludeList;
    this._transformsValueToKeyReplaceNullWithDefault = config.transformsValueToKeyReplaceNullWithDefault;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // array_encoding_json - computed: true, optional: true, required: false
  private _arrayEncodingJson?: boolean | cdktf.IResolvable; 
  public get arrayEncodingJson() {
    return this.getBooleanAttribute('array_encoding_json');
  }
  public set arrayEncodingJson(value: boolean | cdktf.IResolvable) {
    this._arrayEncodingJson = value;
  }
  public resetArrayEncodingJson() {
    this._arrayEncodingJson = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get arrayEncodingJsonInput() {
    return this._arrayEncodingJson;
  }

  // aws_access_key_id - computed: false, optional: false, required: true
  private _awsAccessKeyId?: string; 
  public get awsAccessKeyId() {
    return this.getStringAttribute('aws_access_key_id');
  }
  public set awsAccessKeyId(value: string) {
    this._awsAccessKeyId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get awsAccessKeyIdInput() {
    return this._awsAccessKeyId;
  }

  // aws_region - computed: false, optional: false, required: true
  private _awsRegion?: string; 
  public get awsRegion() {
    return this.getStringAttribute('aws_region');
  }
  public set awsRegion(value: string) {
    this._awsRegion = value;
  }
  // Temporarily expose input value. Use with caution.
  public get awsRegionInput() {
    return this._awsRegion;
  }

  // aws_secret_key - computed: false, optional: false, required: true
  private _awsSecretKey?: string; 
  public get awsSecretKey() {
    return this.getStringAttribute('aws_secret_key');
  }
  public set awsSecretKey(value: string) {
    this._awsSecretKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get awsSecretKeyInput() {
    return this._awsSecretKey;
  }

  // batch_size - computed: false, optional: true, required: false
  private _batchSize?: number; 
  public get batchSize() {
    return this.getNumberAttribute('batch_size');
  }
  public set batchSize(value: number) {
    this._batchSize = value;
  }
  public resetBatchSize() {
    this._batchSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get batchSizeInput() {
    return this._batchSize;
  }

  // connector - computed: true, optional: false, required: false
  public get connector() {
    return this.getStringAttribute('connector');
  }

  // connector_status - computed: true, optional: false, required: false
  public get connectorStatus() {
    return this.getStringAttribute('connector_status');
  }

  // desired_state - computed: true, optional: true, required: false
  private _desiredState?: string; 
  public get desiredState() {
    return this.getStringAttribute('desired_state');
  }
  public set desiredState(value: string) {
    this._desiredState = value;
  }
  public resetDesiredState() {
    this._desiredState = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get desiredStateInput() {
    return this._desiredState;
  }

  // dynamodb_service_endpoint - computed: false, optional: true, required: false
  private _dynamodbServiceEndpoint?: string; 
  public get dynamodbServiceEndpoint() {
    return this.getStringAttribute('dynamodb_service_endpoint');
  }
  public set dynamodbServiceEndpoint(value: string) {
    this._dynamodbServiceEndpoint = value;
  }
  public resetDynamodbServiceEndpoint() {
    this._dynamodbServiceEndpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dynamodbServiceEndpointInput() {
    return this._dynamodbServiceEndpoint;
  }

  // full_export_expiration_time_ms - computed: true, optional: true, required: false
  private _fullExportExpirationTimeMs?: number; 
  public get fullExportExpirationTimeMs() {
    return this.getNumberAttribute('full_export_expiration_time_ms');
  }
  public set fullExportExpirationTimeMs(value: number) {
    this._fullExportExpirationTimeMs = value;
  }
  public resetFullExportExpirationTimeMs() {
    this._fullExportExpirationTimeMs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fullExportExpirationTimeMsInput() {
    return this._fullExportExpirationTimeMs;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // incremental_snapshot_chunk_size - computed: true, optional: true, required: false
  private _incrementalSnapshotChunkSize?: number; 
  public get incrementalSnapshotChunkSize() {
    return this.getNumberAttribute('incremental_snapshot_chunk_size');
  }
  public set incrementalSnapshotChunkSize(value: number) {
    this._incrementalSnapshotChunkSize = value;
  }
  public resetIncrementalSnapshotChunkSize() {
    this._incrementalSnapshotChunkSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get incrementalSnapshotChunkSizeInput() {
    return this._incrementalSnapshotChunkSize;
  }

  // incremental_snapshot_max_threads - computed: true, optional: true, required: false
  private _incrementalSnapshotMaxThreads?: number; 
  public get incrementalSnapshotMaxThreads() {
    return this.getNumberAttribute('incremental_snapshot_max_threads');
  }
  public set incrementalSnapshotMaxThreads(value: number) {
    this._incrementalSnapshotMaxThreads = value;
  }
  public resetIncrementalSnapshotMaxThreads() {
    this._incrementalSnapshotMaxThreads = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get incrementalSnapshotMaxThreadsInput() {
    return this._incrementalSnapshotMaxThreads;
  }

  // insert_topic_name_enabled - computed: true, optional: true, required: false
  private _insertTopicNameEnabled?: boolean | cdktf.IResolvable; 
  public get insertTopicNameEnabled() {
    return this.getBooleanAttribute('insert_topic_name_enabled');
  }
  public set insertTopicNameEnabled(value: boolean | cdktf.IResolvable) {
    this._insertTopicNameEnabled = value;
  }
  public resetInsertTopicNameEnabled() {
    this._insertTopicNameEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insertTopicNameEnabledInput() {
    return this._insertTopicNameEnabled;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // poll_timeout_ms - computed: true, optional: true, required: false
  private _pollTimeoutMs?: number; 
  public get pollTimeoutMs() {
    return this.getNumberAttribute('poll_timeout_ms');
  }
  public set pollTimeoutMs(value: number) {
    this._pollTimeoutMs = value;
  }
  public resetPollTimeoutMs() {
    this._pollTimeoutMs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pollTimeoutMsInput() {
    return this._pollTimeoutMs;
  }

  // preserve_null_values - computed: true, optional: true, required: false
  private _preserveNullValues?: boolean | cdktf.IResolvable; 
  public get preserveNullValues() {
    return this.getBooleanAttribute('preserve_null_values');
  }
  public set preserveNullValues(value: boolean | cdktf.IResolvable) {
    this._preserveNullValues = value;
  }
  public resetPreserveNullValues() {
    this._preserveNullValues = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get preserveNullValuesInput() {
    return this._preserveNullValues;
  }

  // s3_export_bucket_name - computed: false, optional: false, required: true
  private _s3ExportBucketName?: string; 
  public get s3ExportBucketName() {
    return this.getStringAttribute('s3_export_bucket_name');
  }
  public set s3ExportBucketName(value: string) {
    this._s3ExportBucketName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get s3ExportBucketNameInput() {
    return this._s3ExportBucketName;
  }

  // signal_kafka_poll_timeout_ms - computed: true, optional: true, required: false
  private _signalKafkaPollTimeoutMs?: number; 
  public get signalKafkaPollTimeoutMs() {
    return this.getNumberAttribute('signal_kafka_poll_timeout_ms');
  }
  public set signalKafkaPollTimeoutMs(value: number) {
    this._signalKafkaPollTimeoutMs = value;
  }
  public resetSignalKafkaPollTimeoutMs() {
    this._signalKafkaPollTimeoutMs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get signalKafkaPollTimeoutMsInput() {
    return this._signalKafkaPollTimeoutMs;
  }

  // snapshot_parallel_time_offset - computed: true, optional: true, required: false
  private _snapshotParallelTimeOffset?: number; 
  public get snapshotParallelTimeOffset() {
    return this.getNumberAttribute('snapshot_parallel_time_offset');
  }
  public set snapshotParallelTimeOffset(value: number) {
    this._snapshotParallelTimeOffset = value;
  }
  public resetSnapshotParallelTimeOffset() {
    this._snapshotParallelTimeOffset = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snapshotParallelTimeOffsetInput() {
    return this._snapshotParallelTimeOffset;
  }

  // struct_encoding_json - computed: true, optional: true, required: false
  private _structEncodingJson?: boolean | cdktf.IResolvable; 
  public get structEncodingJson() {
    return this.getBooleanAttribute('struct_encoding_json');
  }
  public set structEncodingJson(value: boolean | cdktf.IResolvable) {
    this._structEncodingJson = value;
  }
  public resetStructEncodingJson() {
    this._structEncodingJson = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get structEncodingJsonInput() {
    return this._structEncodingJson;
  }

  // table_include_list - computed: false, optional: false, required: true
  private _tableIncludeList?: string; 
  public get tableIncludeList() {
    return this.getStringAttribute('table_include_list');
  }
  public set tableIncludeList(value: string) {
    this._tableIncludeList = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tableIncludeListInput() {
    return this._tableIncludeList;
  }

  // tags - computed: true, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // tasks_max - computed: true, optional: true, required: false
  private _tasksMax?: number; 
  public get tasksMax() {
    return this.getNumberAttribute('tasks_max');
  }
  public set tasksMax(value: number) {
    this._tasksMax = value;
  }
  public resetTasksMax() {
    this._tasksMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tasksMaxInput() {
    return this._tasksMax;
  }

  // topics - computed: true, optional: false, required: false
  public get topics() {
    return this.getListAttribute('topics');
  }

  // transforms_oversized_records_fields_exclude_list - computed: false, optional: true, required: false
  private _transformsOversizedRecordsFieldsExcludeList?: string; 
  public get transformsOversizedRecordsFieldsExcludeList() {
    return this.getStringAttribute('transforms_oversized_records_fields_exclude_list');
  }
  public set transformsOversizedRecordsFieldsExcludeList(value: string) {
    this._transformsOversizedRecordsFieldsExcludeList = value;
  }
  public resetTransformsOversizedRecordsFieldsExcludeList() {
    this._transformsOversizedRecordsFieldsExcludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsFieldsExcludeListInput() {
    return this._transformsOversizedRecordsFieldsExcludeList;
  }

  // transforms_oversized_records_fields_include_list - computed: false, optional: true, required: false
  private _transformsOversizedRecordsFieldsIncludeList?: string; 
  public get transformsOversizedRecordsFieldsIncludeList() {
    return this.getStringAttribute('transforms_oversized_records_fields_include_list');
  }
  public set transformsOversizedRecordsFieldsIncludeList(value: string) {
    this._transformsOversizedRecordsFieldsIncludeList = value;
  }
  public resetTransformsOversizedRecordsFieldsIncludeList() {
    this._transformsOversizedRecordsFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsFieldsIncludeListInput() {
    return this._transformsOversizedRecordsFieldsIncludeList;
  }

  // transforms_oversized_records_max_field_size_bytes - computed: true, optional: true, required: false
  private _transformsOversizedRecordsMaxFieldSizeBytes?: number; 
  public get transformsOversizedRecordsMaxFieldSizeBytes() {
    return this.getNumberAttribute('transforms_oversized_records_max_field_size_bytes');
  }
  public set transformsOversizedRecordsMaxFieldSizeBytes(value: number) {
    this._transformsOversizedRecordsMaxFieldSizeBytes = value;
  }
  public resetTransformsOversizedRecordsMaxFieldSizeBytes() {
    this._transformsOversizedRecordsMaxFieldSizeBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsMaxFieldSizeBytesInput() {
    return this._transformsOversizedRecordsMaxFieldSizeBytes;
  }

  // transforms_oversized_records_max_record_size_bytes - computed: true, optional: true, required: false
  private _transformsOversizedRecordsMaxRecordSizeBytes?: number; 
  public get transformsOversizedRecordsMaxRecordSizeBytes() {
    return this.getNumberAttribute('transforms_oversized_records_max_record_size_bytes');
  }
  public set transformsOversizedRecordsMaxRecordSizeBytes(value: number) {
    this._transformsOversizedRecordsMaxRecordSizeBytes = value;
  }
  public resetTransformsOversizedRecordsMaxRecordSizeBytes() {
    this._transformsOversizedRecordsMaxRecordSizeBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsMaxRecordSizeBytesInput() {
    return this._transformsOversizedRecordsMaxRecordSizeBytes;
  }

  // transforms_oversized_records_oversized_field_behavior - computed: true, optional: true, required: false
  private _transformsOversizedRecordsOversizedFieldBehavior?: string; 
  public get transformsOversizedRecordsOversizedFieldBehavior() {
    return this.getStringAttribute('transforms_oversized_records_oversized_field_behavior');
  }
  public set transformsOversizedRecordsOversizedFieldBehavior(value: string) {
    this._transformsOversizedRecordsOversizedFieldBehavior = value;
  }
  public resetTransformsOversizedRecordsOversizedFieldBehavior() {
    this._transformsOversizedRecordsOversizedFieldBehavior = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsOversizedFieldBehaviorInput() {
    return this._transformsOversizedRecordsOversizedFieldBehavior;
  }

  // transforms_oversized_records_replace_null_with_default - computed: true, optional: true, required: false
  private _transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable; 
  public get transformsOversizedRecordsReplaceNullWithDefault() {
    return this.getBooleanAttribute('transforms_oversized_records_replace_null_with_default');
  }
  public set transformsOversizedRecordsReplaceNullWithDefault(value: boolean | cdktf.IResolvable) {
    this._transformsOversizedRecordsReplaceNullWithDefault = value;
  }
  public resetTransformsOversizedRecordsReplaceNullWithDefault() {
    this._transformsOversizedRecordsReplaceNullWithDefault = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsReplaceNullWithDefaultInput() {
    return this._transformsOversizedRecordsReplaceNullWithDefault;
  }

  // transforms_oversized_records_semantic_types_exclude - computed: true, optional: true, required: false
  private _transformsOversizedRecordsSemanticTypesExclude?: string; 
  public get transformsOversizedRecordsSemanticTypesExclude() {
    return this.getStringAttribute('transforms_oversized_records_semantic_types_exclude');
  }
  public set transformsOversizedRecordsSemanticTypesExclude(value: string) {
    this._transformsOversizedRecordsSemanticTypesExclude = value;
  }
  public resetTransformsOversizedRecordsSemanticTypesExclude() {
    this._transformsOversizedRecordsSemanticTypesExclude = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsSemanticTypesExcludeInput() {
    return this._transformsOversizedRecordsSemanticTypesExclude;
  }

  // transforms_oversized_records_truncation_suffix - computed: true, optional: true, required: false
  private _transformsOversizedRecordsTruncationSuffix?: string; 
  public get transformsOversizedRecordsTruncationSuffix() {
    return this.getStringAttribute('transforms_oversized_records_truncation_suffix');
  }
  public set transformsOversizedRecordsTruncationSuffix(value: string) {
    this._transformsOversizedRecordsTruncationSuffix = value;
  }
  public resetTransformsOversizedRecordsTruncationSuffix() {
    this._transformsOversizedRecordsTruncationSuffix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOversizedRecordsTruncationSuffixInput() {
    return this._transformsOversizedRecordsTruncationSuffix;
  }

  // transforms_value_to_key_fields_include_list - computed: false, optional: true, required: false
  private _transformsValueToKeyFieldsIncludeList?: string; 
  public get transformsValueToKeyFieldsIncludeList() {
    return this.getStringAttribute('transforms_value_to_key_fields_include_list');
  }
  public set transformsValueToKeyFieldsIncludeList(value: string) {
    this._transformsValueToKeyFieldsIncludeList = value;
  }
  public resetTransformsValueToKeyFieldsIncludeList() {
    this._transformsValueToKeyFieldsIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsValueToKeyFieldsIncludeListInput() {
    return this._transformsValueToKeyFieldsIncludeList;
  }

  // transforms_value_to_key_replace_null_with_default - computed: true, optional: true, required: false
  private _transformsValueToKeyReplaceNullWithDefault?: boolean | cdktf.IResolvable; 
  public get transformsValueToKeyReplaceNullWithDefault() {
    return this.getBooleanAttribute('transforms_value_to_key_replace_null_with_default');
  }
  public set transformsValueToKeyReplaceNullWithDefault(value: boolean | cdktf.IResolvable) {
    this._transformsValueToKeyReplaceNullWithDefault = value;
  }
  public resetTransformsValueToKeyReplaceNullWithDefault() {
    this._transformsValueToKeyReplaceNullWithDefault = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsValueToKeyReplaceNullWithDefaultInput() {
    return this._transformsValueToKeyReplaceNullWithDefault;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new SourceDynamodbTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: SourceDynamodbTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      array_encoding_json: cdktf.booleanToTerraform(this._arrayEncodingJson),
      aws_access_key_id: cdktf.stringToTerraform(this._awsAccessKeyId),
      aws_region: cdktf.stringToTerraform(this._awsRegion),
      aws_secret_key: cdktf.stringToTerraform(this._awsSecretKey),
      batch_size: cdktf.numberToTerraform(this._batchSize),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      dynamodb_service_endpoint: cdktf.stringToTerraform(this._dynamodbServiceEndpoint),
      full_export_expiration_time_ms: cdktf.numberToTerraform(this._fullExportExpirationTimeMs),
      incremental_snapshot_chunk_size: cdktf.numberToTerraform(this._incrementalSnapshotChunkSize),
      incremental_snapshot_max_threads: cdktf.numberToTerraform(this._incrementalSnapshotMaxThreads),
      insert_topic_name_enabled: cdktf.booleanToTerraform(this._insertTopicNameEnabled),
      name: cdktf.stringToTerraform(this._name),
      poll_timeout_ms: cdktf.numberToTerraform(this._pollTimeoutMs),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
      s3_export_bucket_name: cdktf.stringToTerraform(this._s3ExportBucketName),
      signal_kafka_poll_timeout_ms: cdktf.numberToTerraform(this._signalKafkaPollTimeoutMs),
      snapshot_parallel_time_offset: cdktf.numberToTerraform(this._snapshotParallelTimeOffset),
      struct_encoding_json: cdktf.booleanToTerraform(this._structEncodingJson),
      table_include_list: cdktf.stringToTerraform(this._tableIncludeList),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      tasks_max: cdktf.numberToTerraform(this._tasksMax),
      transforms_oversized_records_fields_exclude_list: cdktf.stringToTerraform(this._transformsOversizedRecordsFieldsExcludeList),
      transforms_oversized_records_fields_include_list: cdktf.stringToTerraform(this._transformsOversizedRecordsFieldsIncludeList),
      transforms_oversized_records_max_field_size_bytes: cdktf.numberToTerraform(this._transformsOversizedRecordsMaxFieldSizeBytes),
      transforms_oversized_records_max_record_size_bytes: cdktf.numberToTerraform(this._transformsOversizedRecordsMaxRecordSizeBytes),
      transforms_oversized_records_oversized_field_behavior: cdktf.stringToTerraform(this._transformsOversizedRecordsOversizedFieldBehavior),
      transforms_oversized_records_replace_null_with_default: cdktf.booleanToTerraform(this._transformsOversizedRecordsReplaceNullWithDefault),
      transforms_oversized_records_semantic_types_exclude: cdktf.stringToTerraform(this._transformsOversizedRecordsSemanticTypesExclude),
      transforms_oversized_records_truncation_suffix: cdktf.stringToTerraform(this._transformsOversizedRecordsTruncationSuffix),
      transforms_value_to_key_fields_include_list: cdktf.stringToTerraform(this._transformsValueToKeyFieldsIncludeList),
      transforms_value_to_key_replace_null_with_default: cdktf.booleanToTerraform(this._transformsValueToKeyReplaceNullWithDefault),
      timeouts: sourceDynamodbTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      array_encoding_json: {
        value: cdktf.booleanToHclTerraform(this._arrayEncodingJson),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      aws_access_key_id: {
        value: cdktf.stringToHclTerraform(this._awsAccessKeyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      aws_region: {
        value: cdktf.stringToHclTerraform(this._awsRegion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      aws_secret_key: {
        value: cdktf.stringToHclTerraform(this._awsSecretKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      batch_size: {
        value: cdktf.numberToHclTerraform(this._batchSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      desired_state: {
        value: cdktf.stringToHclTerraform(this._desiredState),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dynamodb_service_endpoint: {
        value: cdktf.stringToHclTerraform(this._dynamodbServiceEndpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      full_export_expiration_time_ms: {
        value: cdktf.numberToHclTerraform(this._fullExportExpirationTimeMs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      incremental_snapshot_chunk_size: {
        value: cdktf.numberToHclTerraform(this._incrementalSnapshotChunkSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      incremental_snapshot_max_threads: {
        value: cdktf.numberToHclTerraform(this._incrementalSnapshotMaxThreads),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      insert_topic_name_enabled: {
        value: cdktf.booleanToHclTerraform(this._insertTopicNameEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      poll_timeout_ms: {
        value: cdktf.numberToHclTerraform(this._pollTimeoutMs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      preserve_null_values: {
        value: cdktf.booleanToHclTerraform(this._preserveNullValues),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      s3_export_bucket_name: {
        value: cdktf.stringToHclTerraform(this._s3ExportBucketName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      signal_kafka_poll_timeout_ms: {
        value: cdktf.numberToHclTerraform(this._signalKafkaPollTimeoutMs),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      snapshot_parallel_time_offset: {
        value: cdktf.numberToHclTerraform(this._snapshotParallelTimeOffset),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      struct_encoding_json: {
        value: cdktf.booleanToHclTerraform(this._structEncodingJson),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      table_include_list: {
        value: cdktf.stringToHclTerraform(this._tableIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      tasks_max: {
        value: cdktf.numberToHclTerraform(this._tasksMax),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      transforms_oversized_records_fields_exclude_list: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsFieldsExcludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_max_field_size_bytes: {
        value: cdktf.numberToHclTerraform(this._transformsOversizedRecordsMaxFieldSizeBytes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      transforms_oversized_records_max_record_size_bytes: {
        value: cdktf.numberToHclTerraform(this._transformsOversizedRecordsMaxRecordSizeBytes),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      transforms_oversized_records_oversized_field_behavior: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsOversizedFieldBehavior),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_replace_null_with_default: {
        value: cdktf.booleanToHclTerraform(this._transformsOversizedRecordsReplaceNullWithDefault),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      transforms_oversized_records_semantic_types_exclude: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsSemanticTypesExclude),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_oversized_records_truncation_suffix: {
        value: cdktf.stringToHclTerraform(this._transformsOversizedRecordsTruncationSuffix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_value_to_key_fields_include_list: {
        value: cdktf.stringToHclTerraform(this._transformsValueToKeyFieldsIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_value_to_key_replace_null_with_default: {
        value: cdktf.booleanToHclTerraform(this._transformsValueToKeyReplaceNullWithDefault),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      timeouts: {
        value: sourceDynamodbTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceDynamodbTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
