// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SourceS3Config extends cdktf.TerraformMetaArguments {
  /**
  * AWS access key ID Streamkap reads the bucket with, e.g. AKIAIOSFODNN7EXAMPLE (config key "aws.access.key.id"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#aws_access_key_id SourceS3#aws_access_key_id}
  */
  readonly awsAccessKeyId?: string;
  /**
  * Name of the S3 bucket, e.g. acme-cdc-landing (config key "aws.s3.bucket.name"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#aws_s3_bucket_name SourceS3#aws_s3_bucket_name}
  */
  readonly awsS3BucketName?: string;
  /**
  * Prefix (folder) of the objects to read, e.g. exports/ (config key "aws.s3.bucket.prefix"). Text. Defaults to "file-pulse/".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#aws_s3_bucket_prefix SourceS3#aws_s3_bucket_prefix}
  */
  readonly awsS3BucketPrefix?: string;
  /**
  * AWS region of the bucket, e.g. us-east-1 (config key "aws.s3.region"). Text. One of "eu-west-2", "eu-west-1", "eu-central-1", "ap-south-1", "ap-northeast-2", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2", "us-east-1", "us-east-2", "us-west-1", "us-west-2". Defaults to "us-west-2".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#aws_s3_region SourceS3#aws_s3_region}
  */
  readonly awsS3Region?: string;
  /**
  * Secret access key of that access key ID (config key "aws.secret.access.key"). Text. Defaults to "". Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#aws_secret_access_key SourceS3#aws_secret_access_key}
  */
  readonly awsSecretAccessKey?: string;
  /**
  * Whether the first line of each CSV file holds the column names (config key "csv.has.headers"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#csv_has_headers SourceS3#csv_has_headers}
  */
  readonly csvHasHeaders?: boolean | cdktf.IResolvable;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#desired_state SourceS3#desired_state}
  */
  readonly desiredState?: string;
  /**
  * Format of the files read (config key "format"). Text. One of "json", "csv", "avro". Defaults to "json".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#format SourceS3#format}
  */
  readonly format?: string;
  /**
  * What happens to a file once read: Log only logs it, Delete deletes it (config key "fs.cleanup.policy.class.user.defined"). Text. One of "Log", "Delete". Defaults to "Log".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#fs_cleanup_policy_class SourceS3#fs_cleanup_policy_class}
  */
  readonly fsCleanupPolicyClass?: string;
  /**
  * How often the bucket is scanned for new files, in milliseconds (config key "fs.scan.interval.ms"). A whole number from 100 to 100000. Defaults to 10000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#fs_scan_interval_ms SourceS3#fs_scan_interval_ms}
  */
  readonly fsScanIntervalMs?: number;
  /**
  * Whether each record gets a _streamkap_topic field holding its Kafka topic's name (topic router transforms need it to keep lineage) (config key "InsertTopicName.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#insert_topic_name_enabled SourceS3#insert_topic_name_enabled}
  */
  readonly insertTopicNameEnabled?: boolean | cdktf.IResolvable;
  /**
  * Name of the source, unique among the sources of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#name SourceS3#name}
  */
  readonly name: string;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#preserve_null_values SourceS3#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * Ids of the source's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#tags SourceS3#tags}
  */
  readonly tags?: string[];
  /**
  * Most Kafka Connect tasks the connector runs in parallel (config key "tasks.max"). A whole number from 1 to 10. Defaults to 5.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#tasks_max SourceS3#tasks_max}
  */
  readonly tasksMax?: number;
  /**
  * Comma-separated list of the topics of this source, e.g. orders,payments (config key "topic.include.list.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#topic_include_list SourceS3#topic_include_list}
  */
  readonly topicIncludeList?: string;
  /**
  * Last part of the topic name, which reads source_ID.s3.POSTFIX, e.g. orders (config key "topic.postfix"). Text. Defaults to "default".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#topic_postfix SourceS3#topic_postfix}
  */
  readonly topicPostfix?: string;
  /**
  * Advanced expression for topic routing (empty: none) (config key "topic.routing.advanced.expression"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#topic_routing_advanced_expression SourceS3#topic_routing_advanced_expression}
  */
  readonly topicRoutingAdvancedExpression?: string;
  /**
  * Whether topic routing by the files' folders is on (config key "topic.routing.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#topic_routing_enabled SourceS3#topic_routing_enabled}
  */
  readonly topicRoutingEnabled?: boolean | cdktf.IResolvable;
  /**
  * Number of folder levels topic routing uses (config key "topic.routing.folder.levels"). A whole number. Defaults to 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#topic_routing_folder_levels SourceS3#topic_routing_folder_levels}
  */
  readonly topicRoutingFolderLevels?: number;
  /**
  * Number of folder levels topic routing skips (config key "topic.routing.folder.skip"). A whole number. Defaults to 0.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#topic_routing_folder_skip SourceS3#topic_routing_folder_skip}
  */
  readonly topicRoutingFolderSkip?: number;
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#transforms_oversized_records_fields_exclude_list SourceS3#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#transforms_oversized_records_fields_include_list SourceS3#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#transforms_oversized_records_max_field_size_bytes SourceS3#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#transforms_oversized_records_max_record_size_bytes SourceS3#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#transforms_oversized_records_oversized_field_behavior SourceS3#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#transforms_oversized_records_replace_null_with_default SourceS3#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#transforms_oversized_records_semantic_types_exclude SourceS3#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#transforms_oversized_records_truncation_suffix SourceS3#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * Comma-separated list of columns copied from each record's value into its key, as table.column, e.g. orders.customer_id (config key "transforms.ValueToKey.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#transforms_value_to_key_fields_include_list SourceS3#transforms_value_to_key_fields_include_list}
  */
  readonly transformsValueToKeyFieldsIncludeList?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.ValueToKey.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#transforms_value_to_key_replace_null_with_default SourceS3#transforms_value_to_key_replace_null_with_default}
  */
  readonly transformsValueToKeyReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#timeouts SourceS3#timeouts}
  */
  readonly timeouts?: SourceS3Timeouts;
}
export interface SourceS3Timeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#create SourceS3#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#delete SourceS3#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#update SourceS3#update}
  */
  readonly update?: string;
}

export function sourceS3TimeoutsToTerraform(struct?: SourceS3Timeouts | cdktf.IResolvable): any {
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


export function sourceS3TimeoutsToHclTerraform(struct?: SourceS3Timeouts | cdktf.IResolvable): any {
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

export class SourceS3TimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceS3Timeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: SourceS3Timeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3 streamkap_source_s3}
*/
export class SourceS3 extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_source_s3";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SourceS3 resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SourceS3 to import
  * @param importFromId The id of the existing SourceS3 that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SourceS3 to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_source_s3", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_s3 streamkap_source_s3} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SourceS3Config
  */
  public constructor(scope: Construct, id: string, config: SourceS3Config) {
    super(scope, id, {
      terraformResourceType: 'streamkap_source_s3',
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
    this._awsAccessKeyId = config.awsAccessKeyId;
    this._awsS3BucketName = config.awsS3BucketName;
    this._awsS3BucketPrefix = config.awsS3BucketPrefix;
    this._awsS3Region = config.awsS3Region;
    this._awsSecretAccessKey = config.awsSecretAccessKey;
    this._csvHasHeaders = config.csvHasHeaders;
    this._desiredState = config.desiredState;
    this._format = config.format;
    this._fsCleanupPolicyClass = config.fsCleanupPolicyClass;
    this._fsScanIntervalMs = config.fsScanIntervalMs;
    this._insertTopicNameEnabled = config.insertTopicNameEnabled;
    this._name = config.name;
    this._preserveNullValues = config.preserveNullValues;
    this._tags = config.tags;
    this._tasksMax = config.tasksMax;
    this._topicIncludeList = config.topicIncludeList;
    this._topicPostfix = config.topicPostfix;
    this._topicRoutingAdvancedExpression = config.topicRoutingAdvancedExpression;
    this._topicRoutingEnabled = config.topicRoutingEnabled;
    this._topicRoutingFolderLevels = config.topicRoutingFolderLevels;
    this._topicRoutingFolderSkip = config.topicRoutingFolderSkip;
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

  // aws_access_key_id - computed: true, optional: true, required: false
  private _awsAccessKeyId?: string; 
  public get awsAccessKeyId() {
    return this.getStringAttribute('aws_access_key_id');
  }
  public set awsAccessKeyId(value: string) {
    this._awsAccessKeyId = value;
  }
  public resetAwsAccessKeyId() {
    this._awsAccessKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsAccessKeyIdInput() {
    return this._awsAccessKeyId;
  }

  // aws_s3_bucket_name - computed: true, optional: true, required: false
  private _awsS3BucketName?: string; 
  public get awsS3BucketName() {
    return this.getStringAttribute('aws_s3_bucket_name');
  }
  public set awsS3BucketName(value: string) {
    this._awsS3BucketName = value;
  }
  public resetAwsS3BucketName() {
    this._awsS3BucketName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsS3BucketNameInput() {
    return this._awsS3BucketName;
  }

  // aws_s3_bucket_prefix - computed: true, optional: true, required: false
  private _awsS3BucketPrefix?: string; 
  public get awsS3BucketPrefix() {
    return this.getStringAttribute('aws_s3_bucket_prefix');
  }
  public set awsS3BucketPrefix(value: string) {
    this._awsS3BucketPrefix = value;
  }
  public resetAwsS3BucketPrefix() {
    this._awsS3BucketPrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsS3BucketPrefixInput() {
    return this._awsS3BucketPrefix;
  }

  // aws_s3_region - computed: true, optional: true, required: false
  private _awsS3Region?: string; 
  public get awsS3Region() {
    return this.getStringAttribute('aws_s3_region');
  }
  public set awsS3Region(value: string) {
    this._awsS3Region = value;
  }
  public resetAwsS3Region() {
    this._awsS3Region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsS3RegionInput() {
    return this._awsS3Region;
  }

  // aws_secret_access_key - computed: true, optional: true, required: false
  private _awsSecretAccessKey?: string; 
  public get awsSecretAccessKey() {
    return this.getStringAttribute('aws_secret_access_key');
  }
  public set awsSecretAccessKey(value: string) {
    this._awsSecretAccessKey = value;
  }
  public resetAwsSecretAccessKey() {
    this._awsSecretAccessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsSecretAccessKeyInput() {
    return this._awsSecretAccessKey;
  }

  // connector - computed: true, optional: false, required: false
  public get connector() {
    return this.getStringAttribute('connector');
  }

  // connector_status - computed: true, optional: false, required: false
  public get connectorStatus() {
    return this.getStringAttribute('connector_status');
  }

  // csv_has_headers - computed: true, optional: true, required: false
  private _csvHasHeaders?: boolean | cdktf.IResolvable; 
  public get csvHasHeaders() {
    return this.getBooleanAttribute('csv_has_headers');
  }
  public set csvHasHeaders(value: boolean | cdktf.IResolvable) {
    this._csvHasHeaders = value;
  }
  public resetCsvHasHeaders() {
    this._csvHasHeaders = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get csvHasHeadersInput() {
    return this._csvHasHeaders;
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

  // format - computed: true, optional: true, required: false
  private _format?: string; 
  public get format() {
    return this.getStringAttribute('format');
  }
  public set format(value: string) {
    this._format = value;
  }
  public resetFormat() {
    this._format = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get formatInput() {
    return this._format;
  }

  // fs_cleanup_policy_class - computed: true, optional: true, required: false
  private _fsCleanupPolicyClass?: string; 
  public get fsCleanupPolicyClass() {
    return this.getStringAttribute('fs_cleanup_policy_class');
  }
  public set fsCleanupPolicyClass(value: string) {
    this._fsCleanupPolicyClass = value;
  }
  public resetFsCleanupPolicyClass() {
    this._fsCleanupPolicyClass = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fsCleanupPolicyClassInput() {
    return this._fsCleanupPolicyClass;
  }

  // fs_scan_interval_ms - computed: true, optional: true, required: false
  private _fsScanIntervalMs?: number; 
  public get fsScanIntervalMs() {
    return this.getNumberAttribute('fs_scan_interval_ms');
  }
  public set fsScanIntervalMs(value: number) {
    this._fsScanIntervalMs = value;
  }
  public resetFsScanIntervalMs() {
    this._fsScanIntervalMs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fsScanIntervalMsInput() {
    return this._fsScanIntervalMs;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
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

  // topic_include_list - computed: false, optional: true, required: false
  private _topicIncludeList?: string; 
  public get topicIncludeList() {
    return this.getStringAttribute('topic_include_list');
  }
  public set topicIncludeList(value: string) {
    this._topicIncludeList = value;
  }
  public resetTopicIncludeList() {
    this._topicIncludeList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topicIncludeListInput() {
    return this._topicIncludeList;
  }

  // topic_postfix - computed: true, optional: true, required: false
  private _topicPostfix?: string; 
  public get topicPostfix() {
    return this.getStringAttribute('topic_postfix');
  }
  public set topicPostfix(value: string) {
    this._topicPostfix = value;
  }
  public resetTopicPostfix() {
    this._topicPostfix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topicPostfixInput() {
    return this._topicPostfix;
  }

  // topic_routing_advanced_expression - computed: true, optional: true, required: false
  private _topicRoutingAdvancedExpression?: string; 
  public get topicRoutingAdvancedExpression() {
    return this.getStringAttribute('topic_routing_advanced_expression');
  }
  public set topicRoutingAdvancedExpression(value: string) {
    this._topicRoutingAdvancedExpression = value;
  }
  public resetTopicRoutingAdvancedExpression() {
    this._topicRoutingAdvancedExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topicRoutingAdvancedExpressionInput() {
    return this._topicRoutingAdvancedExpression;
  }

  // topic_routing_enabled - computed: true, optional: true, required: false
  private _topicRoutingEnabled?: boolean | cdktf.IResolvable; 
  public get topicRoutingEnabled() {
    return this.getBooleanAttribute('topic_routing_enabled');
  }
  public set topicRoutingEnabled(value: boolean | cdktf.IResolvable) {
    this._topicRoutingEnabled = value;
  }
  public resetTopicRoutingEnabled() {
    this._topicRoutingEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topicRoutingEnabledInput() {
    return this._topicRoutingEnabled;
  }

  // topic_routing_folder_levels - computed: true, optional: true, required: false
  private _topicRoutingFolderLevels?: number; 
  public get topicRoutingFolderLevels() {
    return this.getNumberAttribute('topic_routing_folder_levels');
  }
  public set topicRoutingFolderLevels(value: number) {
    this._topicRoutingFolderLevels = value;
  }
  public resetTopicRoutingFolderLevels() {
    this._topicRoutingFolderLevels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topicRoutingFolderLevelsInput() {
    return this._topicRoutingFolderLevels;
  }

  // topic_routing_folder_skip - computed: true, optional: true, required: false
  private _topicRoutingFolderSkip?: number; 
  public get topicRoutingFolderSkip() {
    return this.getNumberAttribute('topic_routing_folder_skip');
  }
  public set topicRoutingFolderSkip(value: number) {
    this._topicRoutingFolderSkip = value;
  }
  public resetTopicRoutingFolderSkip() {
    this._topicRoutingFolderSkip = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topicRoutingFolderSkipInput() {
    return this._topicRoutingFolderSkip;
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
  private _timeouts = new SourceS3TimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: SourceS3Timeouts) {
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
      aws_access_key_id: cdktf.stringToTerraform(this._awsAccessKeyId),
      aws_s3_bucket_name: cdktf.stringToTerraform(this._awsS3BucketName),
      aws_s3_bucket_prefix: cdktf.stringToTerraform(this._awsS3BucketPrefix),
      aws_s3_region: cdktf.stringToTerraform(this._awsS3Region),
      aws_secret_access_key: cdktf.stringToTerraform(this._awsSecretAccessKey),
      csv_has_headers: cdktf.booleanToTerraform(this._csvHasHeaders),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      format: cdktf.stringToTerraform(this._format),
      fs_cleanup_policy_class: cdktf.stringToTerraform(this._fsCleanupPolicyClass),
      fs_scan_interval_ms: cdktf.numberToTerraform(this._fsScanIntervalMs),
      insert_topic_name_enabled: cdktf.booleanToTerraform(this._insertTopicNameEnabled),
      name: cdktf.stringToTerraform(this._name),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      tasks_max: cdktf.numberToTerraform(this._tasksMax),
      topic_include_list: cdktf.stringToTerraform(this._topicIncludeList),
      topic_postfix: cdktf.stringToTerraform(this._topicPostfix),
      topic_routing_advanced_expression: cdktf.stringToTerraform(this._topicRoutingAdvancedExpression),
      topic_routing_enabled: cdktf.booleanToTerraform(this._topicRoutingEnabled),
      topic_routing_folder_levels: cdktf.numberToTerraform(this._topicRoutingFolderLevels),
      topic_routing_folder_skip: cdktf.numberToTerraform(this._topicRoutingFolderSkip),
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
      timeouts: sourceS3TimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      aws_access_key_id: {
        value: cdktf.stringToHclTerraform(this._awsAccessKeyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      aws_s3_bucket_name: {
        value: cdktf.stringToHclTerraform(this._awsS3BucketName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      aws_s3_bucket_prefix: {
        value: cdktf.stringToHclTerraform(this._awsS3BucketPrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      aws_s3_region: {
        value: cdktf.stringToHclTerraform(this._awsS3Region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      aws_secret_access_key: {
        value: cdktf.stringToHclTerraform(this._awsSecretAccessKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      csv_has_headers: {
        value: cdktf.booleanToHclTerraform(this._csvHasHeaders),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      desired_state: {
        value: cdktf.stringToHclTerraform(this._desiredState),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      format: {
        value: cdktf.stringToHclTerraform(this._format),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      fs_cleanup_policy_class: {
        value: cdktf.stringToHclTerraform(this._fsCleanupPolicyClass),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      fs_scan_interval_ms: {
        value: cdktf.numberToHclTerraform(this._fsScanIntervalMs),
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
      preserve_null_values: {
        value: cdktf.booleanToHclTerraform(this._preserveNullValues),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
      topic_include_list: {
        value: cdktf.stringToHclTerraform(this._topicIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      topic_postfix: {
        value: cdktf.stringToHclTerraform(this._topicPostfix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      topic_routing_advanced_expression: {
        value: cdktf.stringToHclTerraform(this._topicRoutingAdvancedExpression),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      topic_routing_enabled: {
        value: cdktf.booleanToHclTerraform(this._topicRoutingEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      topic_routing_folder_levels: {
        value: cdktf.numberToHclTerraform(this._topicRoutingFolderLevels),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      topic_routing_folder_skip: {
        value: cdktf.numberToHclTerraform(this._topicRoutingFolderSkip),
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
        value: sourceS3TimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceS3Timeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
