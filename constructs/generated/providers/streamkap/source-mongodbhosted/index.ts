// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SourceMongodbhostedConfig extends cdktf.TerraformMetaArguments {
  /**
  * Comma-separated list of the collections to capture, each as database.collection, e.g. shop.orders,shop.customers (config key "collection.include.list.user.defined"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#collection_include_list SourceMongodbhosted#collection_include_list}
  */
  readonly collectionIncludeList: string;
  /**
  * What happens to change events of documents larger than the threshold below: skip drops them, split breaks them into several events (config key "cursor.oversize.handling.mode"). Text. One of "skip", "split". Defaults to "skip".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#cursor_oversize_handling_mode SourceMongodbhosted#cursor_oversize_handling_mode}
  */
  readonly cursorOversizeHandlingMode?: string;
  /**
  * Largest stored document, in bytes, whose change events are processed (counting the document before and after the change) (config key "cursor.oversize.skip.threshold"). A whole number from 1000000 to 16000000. Defaults to 16000000.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#cursor_oversize_skip_threshold SourceMongodbhosted#cursor_oversize_skip_threshold}
  */
  readonly cursorOversizeSkipThreshold?: number;
  /**
  * MongoDB aggregation pipeline stages, as a JSON array, applied to the change stream after Streamkap's own, to filter or reshape events, e.g. [{"$match": {"operationType": "insert"}}] (config key "cursor.pipeline"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#cursor_pipeline SourceMongodbhosted#cursor_pipeline}
  */
  readonly cursorPipeline?: string;
  /**
  * Comma-separated list of the databases to capture, e.g. shop (config key "database.include.list"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#database_include_list SourceMongodbhosted#database_include_list}
  */
  readonly databaseIncludeList: string;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#desired_state SourceMongodbhosted#desired_state}
  */
  readonly desiredState?: string;
  /**
  * Whether each record gets a _streamkap_topic field holding its Kafka topic's name (topic router transforms need it to keep lineage) (config key "InsertTopicName.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#insert_topic_name_enabled SourceMongodbhosted#insert_topic_name_enabled}
  */
  readonly insertTopicNameEnabled?: boolean | cdktf.IResolvable;
  /**
  * Host name of the MongoDB server, e.g. mongo.internal.example.com (config key "mongodb.connection.hostname"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#mongodb_connection_hostname SourceMongodbhosted#mongodb_connection_hostname}
  */
  readonly mongodbConnectionHostname?: string;
  /**
  * MongoDB connection string, e.g. mongodb+srv://streamkap:PASSWORD@cluster0.example.mongodb.net (config key "mongodb.connection.string.user.defined"). Text. Required. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#mongodb_connection_string SourceMongodbhosted#mongodb_connection_string}
  */
  readonly mongodbConnectionString: string;
  /**
  * Name of the source, unique among the sources of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#name SourceMongodbhosted#name}
  */
  readonly name: string;
  /**
  * Regular expression naming the topics the fixed fields are added to (the default $^ matches none) (config key "predicates.IsTopicToEnrich.pattern"). Text. Defaults to "$^".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#predicates_is_topic_to_enrich_pattern SourceMongodbhosted#predicates_is_topic_to_enrich_pattern}
  */
  readonly predicatesIsTopicToEnrichPattern?: string;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#preserve_null_values SourceMongodbhosted#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * Schema (or database) of the signal table Streamkap uses to run incremental snapshots, e.g. streamkap (config key "signal.data.collection.schema.or.database"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#signal_data_collection_schema_or_database SourceMongodbhosted#signal_data_collection_schema_or_database}
  */
  readonly signalDataCollectionSchemaOrDatabase: string;
  /**
  * Whether Streamkap reaches the database through an SSH server in your network, for a database it cannot reach directly (config key "ssh.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#ssh_enabled SourceMongodbhosted#ssh_enabled}
  */
  readonly sshEnabled?: boolean | cdktf.IResolvable;
  /**
  * Host name of that SSH server, e.g. bastion.example.com (config key "ssh.host"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#ssh_host SourceMongodbhosted#ssh_host}
  */
  readonly sshHost?: string;
  /**
  * Port of that SSH server (config key "ssh.port"). A whole number. Defaults to 22.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#ssh_port SourceMongodbhosted#ssh_port}
  */
  readonly sshPort?: number;
  /**
  * Public key Streamkap signs in with, to add to the SSH server's authorized keys (Streamkap generates it) (config key "ssh.public.key.user.displayed"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#ssh_public_key SourceMongodbhosted#ssh_public_key}
  */
  readonly sshPublicKey?: string;
  /**
  * User Streamkap signs in as on that SSH server (config key "ssh.user"). Text. Defaults to "streamkap".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#ssh_user SourceMongodbhosted#ssh_user}
  */
  readonly sshUser?: string;
  /**
  * Ids of the source's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#tags SourceMongodbhosted#tags}
  */
  readonly tags?: string[];
  /**
  * Name of a field with a fixed value added to the key of every record, e.g. region (config key "transforms.InsertStaticKey1.static.field"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_insert_static_key1_static_field SourceMongodbhosted#transforms_insert_static_key1_static_field}
  */
  readonly transformsInsertStaticKey1StaticField?: string;
  /**
  * Fixed value of that key field, e.g. eu-west-1 (config key "transforms.InsertStaticKey1.static.value"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_insert_static_key1_static_value SourceMongodbhosted#transforms_insert_static_key1_static_value}
  */
  readonly transformsInsertStaticKey1StaticValue?: string;
  /**
  * Name of a field with a fixed value added to the key of every record, e.g. region (config key "transforms.InsertStaticKey2.static.field"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_insert_static_key2_static_field SourceMongodbhosted#transforms_insert_static_key2_static_field}
  */
  readonly transformsInsertStaticKey2StaticField?: string;
  /**
  * Fixed value of that key field, e.g. eu-west-1 (config key "transforms.InsertStaticKey2.static.value"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_insert_static_key2_static_value SourceMongodbhosted#transforms_insert_static_key2_static_value}
  */
  readonly transformsInsertStaticKey2StaticValue?: string;
  /**
  * Name of a field with a fixed value added to the value of every record, e.g. tenant (config key "transforms.InsertStaticValue1.static.field"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_insert_static_value1_static_field SourceMongodbhosted#transforms_insert_static_value1_static_field}
  */
  readonly transformsInsertStaticValue1StaticField?: string;
  /**
  * Fixed value of that field, e.g. acme (config key "transforms.InsertStaticValue1.static.value"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_insert_static_value1_static_value SourceMongodbhosted#transforms_insert_static_value1_static_value}
  */
  readonly transformsInsertStaticValue1StaticValue?: string;
  /**
  * Name of a field with a fixed value added to the value of every record, e.g. tenant (config key "transforms.InsertStaticValue2.static.field"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_insert_static_value2_static_field SourceMongodbhosted#transforms_insert_static_value2_static_field}
  */
  readonly transformsInsertStaticValue2StaticField?: string;
  /**
  * Fixed value of that field, e.g. acme (config key "transforms.InsertStaticValue2.static.value"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_insert_static_value2_static_value SourceMongodbhosted#transforms_insert_static_value2_static_value}
  */
  readonly transformsInsertStaticValue2StaticValue?: string;
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_oversized_records_fields_exclude_list SourceMongodbhosted#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_oversized_records_fields_include_list SourceMongodbhosted#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_oversized_records_max_field_size_bytes SourceMongodbhosted#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_oversized_records_max_record_size_bytes SourceMongodbhosted#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_oversized_records_oversized_field_behavior SourceMongodbhosted#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_oversized_records_replace_null_with_default SourceMongodbhosted#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_oversized_records_semantic_types_exclude SourceMongodbhosted#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_oversized_records_truncation_suffix SourceMongodbhosted#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * How arrays are encoded: array keeps them as arrays (all elements must have one type), array_string writes them as JSON text (for mixed types) (config key "transforms.unwrap.array.encoding"). Text. One of "array", "array_string", "string". Defaults to "array_string".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_unwrap_array_encoding SourceMongodbhosted#transforms_unwrap_array_encoding}
  */
  readonly transformsUnwrapArrayEncoding?: string;
  /**
  * How nested documents are encoded: document writes them as JSON objects, string as JSON text (config key "transforms.unwrap.document.encoding"). Text. One of "document", "string". Defaults to "document".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_unwrap_document_encoding SourceMongodbhosted#transforms_unwrap_document_encoding}
  */
  readonly transformsUnwrapDocumentEncoding?: string;
  /**
  * Comma-separated list of columns copied from each record's value into its key, as table.column, e.g. orders.customer_id (config key "transforms.ValueToKey.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_value_to_key_fields_include_list SourceMongodbhosted#transforms_value_to_key_fields_include_list}
  */
  readonly transformsValueToKeyFieldsIncludeList?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.ValueToKey.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#transforms_value_to_key_replace_null_with_default SourceMongodbhosted#transforms_value_to_key_replace_null_with_default}
  */
  readonly transformsValueToKeyReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#timeouts SourceMongodbhosted#timeouts}
  */
  readonly timeouts?: SourceMongodbhostedTimeouts;
}
export interface SourceMongodbhostedTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#create SourceMongodbhosted#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#delete SourceMongodbhosted#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#update SourceMongodbhosted#update}
  */
  readonly update?: string;
}

export function sourceMongodbhostedTimeoutsToTerraform(struct?: SourceMongodbhostedTimeouts | cdktf.IResolvable): any {
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


export function sourceMongodbhostedTimeoutsToHclTerraform(struct?: SourceMongodbhostedTimeouts | cdktf.IResolvable): any {
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

export class SourceMongodbhostedTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceMongodbhostedTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: SourceMongodbhostedTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted streamkap_source_mongodbhosted}
*/
export class SourceMongodbhosted extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_source_mongodbhosted";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SourceMongodbhosted resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SourceMongodbhosted to import
  * @param importFromId The id of the existing SourceMongodbhosted that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SourceMongodbhosted to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_source_mongodbhosted", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_mongodbhosted streamkap_source_mongodbhosted} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SourceMongodbhostedConfig
  */
  public constructor(scope: Construct, id: string, config: SourceMongodbhostedConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_source_mongodbhosted',
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
    this._collectionIncludeList = config.collectionIncludeList;
    this._cursorOversizeHandlingMode = config.cursorOversizeHandlingMode;
    this._cursorOversizeSkipThreshold = config.cursorOversizeSkipThreshold;
    this._cursorPipeline = config.cursorPipeline;
    this._databaseIncludeList = config.databaseIncludeList;
    this._desiredState = config.desiredState;
    this._insertTopicNameEnabled = config.insertTopicNameEnabled;
    this._mongodbConnectionHostname = config.mongodbConnectionHostname;
    this._mongodbConnectionString = config.mongodbConnectionString;
    this._name = config.name;
    this._predicatesIsTopicToEnrichPattern = config.predicatesIsTopicToEnrichPattern;
    this._preserveNullValues = config.preserveNullValues;
    this._signalDataCollectionSchemaOrDatabase = config.signalDataCollectionSchemaOrDatabase;
    this._sshEnabled = config.sshEnabled;
    this._sshHost = config.sshHost;
    this._sshPort = config.sshPort;
    this._sshPublicKey = config.sshPublicKey;
    this._sshUser = config.sshUser;
    this._tags = config.tags;
    this._transformsInsertStaticKey1StaticField = config.transformsInsertStaticKey1StaticField;
    this._transformsInsertStaticKey1StaticValue = config.transformsInsertStaticKey1StaticValue;
    this._transformsInsertStaticKey2StaticField = config.transformsInsertStaticKey2StaticField;
    this._transformsInsertStaticKey2StaticValue = config.transformsInsertStaticKey2StaticValue;
    this._transformsInsertStaticValue1StaticField = config.transformsInsertStaticValue1StaticField;
    this._transformsInsertStaticValue1StaticValue = config.transformsInsertStaticValue1StaticValue;
    this._transformsInsertStaticValue2StaticField = config.transformsInsertStaticValue2StaticField;
    this._transformsInsertStaticValue2StaticValue = config.transformsInsertStaticValue2StaticValue;
    this._transformsOversizedRecordsFieldsExcludeList = config.transformsOversizedRecordsFieldsExcludeList;
    this._transformsOversizedRecordsFieldsIncludeList = config.transformsOversizedRecordsFieldsIncludeList;
    this._transformsOversizedRecordsMaxFieldSizeBytes = config.transformsOversizedRecordsMaxFieldSizeBytes;
    this._transformsOversizedRecordsMaxRecordSizeBytes = config.transformsOversizedRecordsMaxRecordSizeBytes;
    this._transformsOversizedRecordsOversizedFieldBehavior = config.transformsOversizedRecordsOversizedFieldBehavior;
    this._transformsOversizedRecordsReplaceNullWithDefault = config.transformsOversizedRecordsReplaceNullWithDefault;
    this._transformsOversizedRecordsSemanticTypesExclude = config.transformsOversizedRecordsSemanticTypesExclude;
    this._transformsOversizedRecordsTruncationSuffix = config.transformsOversizedRecordsTruncationSuffix;
    this._transformsUnwrapArrayEncoding = config.transformsUnwrapArrayEncoding;
    this._transformsUnwrapDocumentEncoding = config.transformsUnwrapDocumentEncoding;
    this._transformsValueToKeyFieldsIncludeList = config.transformsValueToKeyFieldsIncludeList;
    this._transformsValueToKeyReplaceNullWithDefault = config.transformsValueToKeyReplaceNullWithDefault;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // collection_include_list - computed: false, optional: false, required: true
  private _collectionIncludeList?: string; 
  public get collectionIncludeList() {
    return this.getStringAttribute('collection_include_list');
  }
  public set collectionIncludeList(value: string) {
    this._collectionIncludeList = value;
  }
  // Temporarily expose input value. Use with caution.
  public get collectionIncludeListInput() {
    return this._collectionIncludeList;
  }

  // connector - computed: true, optional: false, required: false
  public get connector() {
    return this.getStringAttribute('connector');
  }

  // connector_status - computed: true, optional: false, required: false
  public get connectorStatus() {
    return this.getStringAttribute('connector_status');
  }

  // cursor_oversize_handling_mode - computed: true, optional: true, required: false
  private _cursorOversizeHandlingMode?: string; 
  public get cursorOversizeHandlingMode() {
    return this.getStringAttribute('cursor_oversize_handling_mode');
  }
  public set cursorOversizeHandlingMode(value: string) {
    this._cursorOversizeHandlingMode = value;
  }
  public resetCursorOversizeHandlingMode() {
    this._cursorOversizeHandlingMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cursorOversizeHandlingModeInput() {
    return this._cursorOversizeHandlingMode;
  }

  // cursor_oversize_skip_threshold - computed: true, optional: true, required: false
  private _cursorOversizeSkipThreshold?: number; 
  public get cursorOversizeSkipThreshold() {
    return this.getNumberAttribute('cursor_oversize_skip_threshold');
  }
  public set cursorOversizeSkipThreshold(value: number) {
    this._cursorOversizeSkipThreshold = value;
  }
  public resetCursorOversizeSkipThreshold() {
    this._cursorOversizeSkipThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cursorOversizeSkipThresholdInput() {
    return this._cursorOversizeSkipThreshold;
  }

  // cursor_pipeline - computed: false, optional: true, required: false
  private _cursorPipeline?: string; 
  public get cursorPipeline() {
    return this.getStringAttribute('cursor_pipeline');
  }
  public set cursorPipeline(value: string) {
    this._cursorPipeline = value;
  }
  public resetCursorPipeline() {
    this._cursorPipeline = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cursorPipelineInput() {
    return this._cursorPipeline;
  }

  // database_include_list - computed: false, optional: false, required: true
  private _databaseIncludeList?: string; 
  public get databaseIncludeList() {
    return this.getStringAttribute('database_include_list');
  }
  public set databaseIncludeList(value: string) {
    this._databaseIncludeList = value;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseIncludeListInput() {
    return this._databaseIncludeList;
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

  // mongodb_connection_hostname - computed: false, optional: true, required: false
  private _mongodbConnectionHostname?: string; 
  public get mongodbConnectionHostname() {
    return this.getStringAttribute('mongodb_connection_hostname');
  }
  public set mongodbConnectionHostname(value: string) {
    this._mongodbConnectionHostname = value;
  }
  public resetMongodbConnectionHostname() {
    this._mongodbConnectionHostname = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mongodbConnectionHostnameInput() {
    return this._mongodbConnectionHostname;
  }

  // mongodb_connection_string - computed: false, optional: false, required: true
  private _mongodbConnectionString?: string; 
  public get mongodbConnectionString() {
    return this.getStringAttribute('mongodb_connection_string');
  }
  public set mongodbConnectionString(value: string) {
    this._mongodbConnectionString = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mongodbConnectionStringInput() {
    return this._mongodbConnectionString;
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

  // predicates_is_topic_to_enrich_pattern - computed: true, optional: true, required: false
  private _predicatesIsTopicToEnrichPattern?: string; 
  public get predicatesIsTopicToEnrichPattern() {
    return this.getStringAttribute('predicates_is_topic_to_enrich_pattern');
  }
  public set predicatesIsTopicToEnrichPattern(value: string) {
    this._predicatesIsTopicToEnrichPattern = value;
  }
  public resetPredicatesIsTopicToEnrichPattern() {
    this._predicatesIsTopicToEnrichPattern = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get predicatesIsTopicToEnrichPatternInput() {
    return this._predicatesIsTopicToEnrichPattern;
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

  // signal_data_collection_schema_or_database - computed: false, optional: false, required: true
  private _signalDataCollectionSchemaOrDatabase?: string; 
  public get signalDataCollectionSchemaOrDatabase() {
    return this.getStringAttribute('signal_data_collection_schema_or_database');
  }
  public set signalDataCollectionSchemaOrDatabase(value: string) {
    this._signalDataCollectionSchemaOrDatabase = value;
  }
  // Temporarily expose input value. Use with caution.
  public get signalDataCollectionSchemaOrDatabaseInput() {
    return this._signalDataCollectionSchemaOrDatabase;
  }

  // ssh_enabled - computed: true, optional: true, required: false
  private _sshEnabled?: boolean | cdktf.IResolvable; 
  public get sshEnabled() {
    return this.getBooleanAttribute('ssh_enabled');
  }
  public set sshEnabled(value: boolean | cdktf.IResolvable) {
    this._sshEnabled = value;
  }
  public resetSshEnabled() {
    this._sshEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshEnabledInput() {
    return this._sshEnabled;
  }

  // ssh_host - computed: false, optional: true, required: false
  private _sshHost?: string; 
  public get sshHost() {
    return this.getStringAttribute('ssh_host');
  }
  public set sshHost(value: string) {
    this._sshHost = value;
  }
  public resetSshHost() {
    this._sshHost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshHostInput() {
    return this._sshHost;
  }

  // ssh_port - computed: true, optional: true, required: false
  private _sshPort?: number; 
  public get sshPort() {
    return this.getNumberAttribute('ssh_port');
  }
  public set sshPort(value: number) {
    this._sshPort = value;
  }
  public resetSshPort() {
    this._sshPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshPortInput() {
    return this._sshPort;
  }

  // ssh_public_key - computed: false, optional: true, required: false
  private _sshPublicKey?: string; 
  public get sshPublicKey() {
    return this.getStringAttribute('ssh_public_key');
  }
  public set sshPublicKey(value: string) {
    this._sshPublicKey = value;
  }
  public resetSshPublicKey() {
    this._sshPublicKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshPublicKeyInput() {
    return this._sshPublicKey;
  }

  // ssh_user - computed: true, optional: true, required: false
  private _sshUser?: string; 
  public get sshUser() {
    return this.getStringAttribute('ssh_user');
  }
  public set sshUser(value: string) {
    this._sshUser = value;
  }
  public resetSshUser() {
    this._sshUser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshUserInput() {
    return this._sshUser;
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

  // topics - computed: true, optional: false, required: false
  public get topics() {
    return this.getListAttribute('topics');
  }

  // transforms_insert_static_key1_static_field - computed: false, optional: true, required: false
  private _transformsInsertStaticKey1StaticField?: string; 
  public get transformsInsertStaticKey1StaticField() {
    return this.getStringAttribute('transforms_insert_static_key1_static_field');
  }
  public set transformsInsertStaticKey1StaticField(value: string) {
    this._transformsInsertStaticKey1StaticField = value;
  }
  public resetTransformsInsertStaticKey1StaticField() {
    this._transformsInsertStaticKey1StaticField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticKey1StaticFieldInput() {
    return this._transformsInsertStaticKey1StaticField;
  }

  // transforms_insert_static_key1_static_value - computed: false, optional: true, required: false
  private _transformsInsertStaticKey1StaticValue?: string; 
  public get transformsInsertStaticKey1StaticValue() {
    return this.getStringAttribute('transforms_insert_static_key1_static_value');
  }
  public set transformsInsertStaticKey1StaticValue(value: string) {
    this._transformsInsertStaticKey1StaticValue = value;
  }
  public resetTransformsInsertStaticKey1StaticValue() {
    this._transformsInsertStaticKey1StaticValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticKey1StaticValueInput() {
    return this._transformsInsertStaticKey1StaticValue;
  }

  // transforms_insert_static_key2_static_field - computed: false, optional: true, required: false
  private _transformsInsertStaticKey2StaticField?: string; 
  public get transformsInsertStaticKey2StaticField() {
    return this.getStringAttribute('transforms_insert_static_key2_static_field');
  }
  public set transformsInsertStaticKey2StaticField(value: string) {
    this._transformsInsertStaticKey2StaticField = value;
  }
  public resetTransformsInsertStaticKey2StaticField() {
    this._transformsInsertStaticKey2StaticField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticKey2StaticFieldInput() {
    return this._transformsInsertStaticKey2StaticField;
  }

  // transforms_insert_static_key2_static_value - computed: false, optional: true, required: false
  private _transformsInsertStaticKey2StaticValue?: string; 
  public get transformsInsertStaticKey2StaticValue() {
    return this.getStringAttribute('transforms_insert_static_key2_static_value');
  }
  public set transformsInsertStaticKey2StaticValue(value: string) {
    this._transformsInsertStaticKey2StaticValue = value;
  }
  public resetTransformsInsertStaticKey2StaticValue() {
    this._transformsInsertStaticKey2StaticValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticKey2StaticValueInput() {
    return this._transformsInsertStaticKey2StaticValue;
  }

  // transforms_insert_static_value1_static_field - computed: false, optional: true, required: false
  private _transformsInsertStaticValue1StaticField?: string; 
  public get transformsInsertStaticValue1StaticField() {
    return this.getStringAttribute('transforms_insert_static_value1_static_field');
  }
  public set transformsInsertStaticValue1StaticField(value: string) {
    this._transformsInsertStaticValue1StaticField = value;
  }
  public resetTransformsInsertStaticValue1StaticField() {
    this._transformsInsertStaticValue1StaticField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticValue1StaticFieldInput() {
    return this._transformsInsertStaticValue1StaticField;
  }

  // transforms_insert_static_value1_static_value - computed: false, optional: true, required: false
  private _transformsInsertStaticValue1StaticValue?: string; 
  public get transformsInsertStaticValue1StaticValue() {
    return this.getStringAttribute('transforms_insert_static_value1_static_value');
  }
  public set transformsInsertStaticValue1StaticValue(value: string) {
    this._transformsInsertStaticValue1StaticValue = value;
  }
  public resetTransformsInsertStaticValue1StaticValue() {
    this._transformsInsertStaticValue1StaticValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticValue1StaticValueInput() {
    return this._transformsInsertStaticValue1StaticValue;
  }

  // transforms_insert_static_value2_static_field - computed: false, optional: true, required: false
  private _transformsInsertStaticValue2StaticField?: string; 
  public get transformsInsertStaticValue2StaticField() {
    return this.getStringAttribute('transforms_insert_static_value2_static_field');
  }
  public set transformsInsertStaticValue2StaticField(value: string) {
    this._transformsInsertStaticValue2StaticField = value;
  }
  public resetTransformsInsertStaticValue2StaticField() {
    this._transformsInsertStaticValue2StaticField = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticValue2StaticFieldInput() {
    return this._transformsInsertStaticValue2StaticField;
  }

  // transforms_insert_static_value2_static_value - computed: false, optional: true, required: false
  private _transformsInsertStaticValue2StaticValue?: string; 
  public get transformsInsertStaticValue2StaticValue() {
    return this.getStringAttribute('transforms_insert_static_value2_static_value');
  }
  public set transformsInsertStaticValue2StaticValue(value: string) {
    this._transformsInsertStaticValue2StaticValue = value;
  }
  public resetTransformsInsertStaticValue2StaticValue() {
    this._transformsInsertStaticValue2StaticValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInsertStaticValue2StaticValueInput() {
    return this._transformsInsertStaticValue2StaticValue;
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

  // transforms_unwrap_array_encoding - computed: true, optional: true, required: false
  private _transformsUnwrapArrayEncoding?: string; 
  public get transformsUnwrapArrayEncoding() {
    return this.getStringAttribute('transforms_unwrap_array_encoding');
  }
  public set transformsUnwrapArrayEncoding(value: string) {
    this._transformsUnwrapArrayEncoding = value;
  }
  public resetTransformsUnwrapArrayEncoding() {
    this._transformsUnwrapArrayEncoding = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsUnwrapArrayEncodingInput() {
    return this._transformsUnwrapArrayEncoding;
  }

  // transforms_unwrap_document_encoding - computed: true, optional: true, required: false
  private _transformsUnwrapDocumentEncoding?: string; 
  public get transformsUnwrapDocumentEncoding() {
    return this.getStringAttribute('transforms_unwrap_document_encoding');
  }
  public set transformsUnwrapDocumentEncoding(value: string) {
    this._transformsUnwrapDocumentEncoding = value;
  }
  public resetTransformsUnwrapDocumentEncoding() {
    this._transformsUnwrapDocumentEncoding = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsUnwrapDocumentEncodingInput() {
    return this._transformsUnwrapDocumentEncoding;
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
  private _timeouts = new SourceMongodbhostedTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: SourceMongodbhostedTimeouts) {
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
      collection_include_list: cdktf.stringToTerraform(this._collectionIncludeList),
      cursor_oversize_handling_mode: cdktf.stringToTerraform(this._cursorOversizeHandlingMode),
      cursor_oversize_skip_threshold: cdktf.numberToTerraform(this._cursorOversizeSkipThreshold),
      cursor_pipeline: cdktf.stringToTerraform(this._cursorPipeline),
      database_include_list: cdktf.stringToTerraform(this._databaseIncludeList),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      insert_topic_name_enabled: cdktf.booleanToTerraform(this._insertTopicNameEnabled),
      mongodb_connection_hostname: cdktf.stringToTerraform(this._mongodbConnectionHostname),
      mongodb_connection_string: cdktf.stringToTerraform(this._mongodbConnectionString),
      name: cdktf.stringToTerraform(this._name),
      predicates_is_topic_to_enrich_pattern: cdktf.stringToTerraform(this._predicatesIsTopicToEnrichPattern),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
      signal_data_collection_schema_or_database: cdktf.stringToTerraform(this._signalDataCollectionSchemaOrDatabase),
      ssh_enabled: cdktf.booleanToTerraform(this._sshEnabled),
      ssh_host: cdktf.stringToTerraform(this._sshHost),
      ssh_port: cdktf.numberToTerraform(this._sshPort),
      ssh_public_key: cdktf.stringToTerraform(this._sshPublicKey),
      ssh_user: cdktf.stringToTerraform(this._sshUser),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      transforms_insert_static_key1_static_field: cdktf.stringToTerraform(this._transformsInsertStaticKey1StaticField),
      transforms_insert_static_key1_static_value: cdktf.stringToTerraform(this._transformsInsertStaticKey1StaticValue),
      transforms_insert_static_key2_static_field: cdktf.stringToTerraform(this._transformsInsertStaticKey2StaticField),
      transforms_insert_static_key2_static_value: cdktf.stringToTerraform(this._transformsInsertStaticKey2StaticValue),
      transforms_insert_static_value1_static_field: cdktf.stringToTerraform(this._transformsInsertStaticValue1StaticField),
      transforms_insert_static_value1_static_value: cdktf.stringToTerraform(this._transformsInsertStaticValue1StaticValue),
      transforms_insert_static_value2_static_field: cdktf.stringToTerraform(this._transformsInsertStaticValue2StaticField),
      transforms_insert_static_value2_static_value: cdktf.stringToTerraform(this._transformsInsertStaticValue2StaticValue),
      transforms_oversized_records_fields_exclude_list: cdktf.stringToTerraform(this._transformsOversizedRecordsFieldsExcludeList),
      transforms_oversized_records_fields_include_list: cdktf.stringToTerraform(this._transformsOversizedRecordsFieldsIncludeList),
      transforms_oversized_records_max_field_size_bytes: cdktf.numberToTerraform(this._transformsOversizedRecordsMaxFieldSizeBytes),
      transforms_oversized_records_max_record_size_bytes: cdktf.numberToTerraform(this._transformsOversizedRecordsMaxRecordSizeBytes),
      transforms_oversized_records_oversized_field_behavior: cdktf.stringToTerraform(this._transformsOversizedRecordsOversizedFieldBehavior),
      transforms_oversized_records_replace_null_with_default: cdktf.booleanToTerraform(this._transformsOversizedRecordsReplaceNullWithDefault),
      transforms_oversized_records_semantic_types_exclude: cdktf.stringToTerraform(this._transformsOversizedRecordsSemanticTypesExclude),
      transforms_oversized_records_truncation_suffix: cdktf.stringToTerraform(this._transformsOversizedRecordsTruncationSuffix),
      transforms_unwrap_array_encoding: cdktf.stringToTerraform(this._transformsUnwrapArrayEncoding),
      transforms_unwrap_document_encoding: cdktf.stringToTerraform(this._transformsUnwrapDocumentEncoding),
      transforms_value_to_key_fields_include_list: cdktf.stringToTerraform(this._transformsValueToKeyFieldsIncludeList),
      transforms_value_to_key_replace_null_with_default: cdktf.booleanToTerraform(this._transformsValueToKeyReplaceNullWithDefault),
      timeouts: sourceMongodbhostedTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      collection_include_list: {
        value: cdktf.stringToHclTerraform(this._collectionIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cursor_oversize_handling_mode: {
        value: cdktf.stringToHclTerraform(this._cursorOversizeHandlingMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cursor_oversize_skip_threshold: {
        value: cdktf.numberToHclTerraform(this._cursorOversizeSkipThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cursor_pipeline: {
        value: cdktf.stringToHclTerraform(this._cursorPipeline),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      database_include_list: {
        value: cdktf.stringToHclTerraform(this._databaseIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      desired_state: {
        value: cdktf.stringToHclTerraform(this._desiredState),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insert_topic_name_enabled: {
        value: cdktf.booleanToHclTerraform(this._insertTopicNameEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      mongodb_connection_hostname: {
        value: cdktf.stringToHclTerraform(this._mongodbConnectionHostname),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mongodb_connection_string: {
        value: cdktf.stringToHclTerraform(this._mongodbConnectionString),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      predicates_is_topic_to_enrich_pattern: {
        value: cdktf.stringToHclTerraform(this._predicatesIsTopicToEnrichPattern),
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
      signal_data_collection_schema_or_database: {
        value: cdktf.stringToHclTerraform(this._signalDataCollectionSchemaOrDatabase),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssh_enabled: {
        value: cdktf.booleanToHclTerraform(this._sshEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ssh_host: {
        value: cdktf.stringToHclTerraform(this._sshHost),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssh_port: {
        value: cdktf.numberToHclTerraform(this._sshPort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      ssh_public_key: {
        value: cdktf.stringToHclTerraform(this._sshPublicKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssh_user: {
        value: cdktf.stringToHclTerraform(this._sshUser),
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
      transforms_insert_static_key1_static_field: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticKey1StaticField),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_insert_static_key1_static_value: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticKey1StaticValue),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_insert_static_key2_static_field: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticKey2StaticField),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_insert_static_key2_static_value: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticKey2StaticValue),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_insert_static_value1_static_field: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticValue1StaticField),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_insert_static_value1_static_value: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticValue1StaticValue),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_insert_static_value2_static_field: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticValue2StaticField),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_insert_static_value2_static_value: {
        value: cdktf.stringToHclTerraform(this._transformsInsertStaticValue2StaticValue),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
      transforms_unwrap_array_encoding: {
        value: cdktf.stringToHclTerraform(this._transformsUnwrapArrayEncoding),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_unwrap_document_encoding: {
        value: cdktf.stringToHclTerraform(this._transformsUnwrapDocumentEncoding),
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
        value: sourceMongodbhostedTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceMongodbhostedTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
