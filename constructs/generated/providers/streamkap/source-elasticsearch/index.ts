// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SourceElasticsearchConfig extends cdktf.TerraformMetaArguments {
  /**
  * Date-time field whose values show which documents are new, e.g. updated_at (config key "datetime.field.name"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#datetime_field_name SourceElasticsearch#datetime_field_name}
  */
  readonly datetimeFieldName: string;
  /**
  * Date and time to start reading documents from; when left out, reading starts from now (config key "datetime.field.value"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#datetime_field_value SourceElasticsearch#datetime_field_value}
  */
  readonly datetimeFieldValue?: string;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#desired_state SourceElasticsearch#desired_state}
  */
  readonly desiredState?: string;
  /**
  * Comma-separated list of the Elasticsearch indices to read, e.g. orders,customers (config key "endpoint.include.list.user.defined"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#endpoint_include_list SourceElasticsearch#endpoint_include_list}
  */
  readonly endpointIncludeList: string;
  /**
  * Host name of the Elasticsearch server; several hosts are separated by semicolons, e.g. es1.example.com;es2.example.com (config key "es.host"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#es_host SourceElasticsearch#es_host}
  */
  readonly esHost: string;
  /**
  * Port of the Elasticsearch REST API, e.g. 443 or 9200 (config key "es.port"). A whole number. Defaults to 443.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#es_port SourceElasticsearch#es_port}
  */
  readonly esPort?: number;
  /**
  * Protocol of the Elasticsearch REST API (config key "es.scheme"). Text. One of "http", "https". Defaults to "https".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#es_scheme SourceElasticsearch#es_scheme}
  */
  readonly esScheme?: string;
  /**
  * How Streamkap signs in to Elasticsearch: Basic (user and password) or None (config key "http.auth.user.defined"). Text. One of "None", "Basic". Defaults to "Basic".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#http_auth SourceElasticsearch#http_auth}
  */
  readonly httpAuth?: string;
  /**
  * Password of that Elasticsearch user (config key "http.auth.password"). Text. Optional; when left out it is not sent and Streamkap's own default applies. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#http_auth_password SourceElasticsearch#http_auth_password}
  */
  readonly httpAuthPassword?: string;
  /**
  * Elasticsearch user Streamkap signs in as (config key "http.auth.user"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#http_auth_user SourceElasticsearch#http_auth_user}
  */
  readonly httpAuthUser?: string;
  /**
  * Whether each record gets a _streamkap_topic field holding its Kafka topic's name (topic router transforms need it to keep lineage) (config key "InsertTopicName.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#insert_topic_name_enabled SourceElasticsearch#insert_topic_name_enabled}
  */
  readonly insertTopicNameEnabled?: boolean | cdktf.IResolvable;
  /**
  * Name of the source, unique among the sources of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#name SourceElasticsearch#name}
  */
  readonly name: string;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#preserve_null_values SourceElasticsearch#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * Ids of the source's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#tags SourceElasticsearch#tags}
  */
  readonly tags?: string[];
  /**
  * Most Kafka Connect tasks the connector runs in parallel (config key "tasks.max"). A whole number from 1 to 10. Defaults to 5.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#tasks_max SourceElasticsearch#tasks_max}
  */
  readonly tasksMax?: number;
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#transforms_oversized_records_fields_exclude_list SourceElasticsearch#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#transforms_oversized_records_fields_include_list SourceElasticsearch#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#transforms_oversized_records_max_field_size_bytes SourceElasticsearch#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#transforms_oversized_records_max_record_size_bytes SourceElasticsearch#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#transforms_oversized_records_oversized_field_behavior SourceElasticsearch#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#transforms_oversized_records_replace_null_with_default SourceElasticsearch#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#transforms_oversized_records_semantic_types_exclude SourceElasticsearch#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#transforms_oversized_records_truncation_suffix SourceElasticsearch#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * Comma-separated list of columns copied from each record's value into its key, as table.column, e.g. orders.customer_id (config key "transforms.ValueToKey.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#transforms_value_to_key_fields_include_list SourceElasticsearch#transforms_value_to_key_fields_include_list}
  */
  readonly transformsValueToKeyFieldsIncludeList?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.ValueToKey.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#transforms_value_to_key_replace_null_with_default SourceElasticsearch#transforms_value_to_key_replace_null_with_default}
  */
  readonly transformsValueToKeyReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#timeouts SourceElasticsearch#timeouts}
  */
  readonly timeouts?: SourceElasticsearchTimeouts;
}
export interface SourceElasticsearchTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#create SourceElasticsearch#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#delete SourceElasticsearch#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#update SourceElasticsearch#update}
  */
  readonly update?: string;
}

export function sourceElasticsearchTimeoutsToTerraform(struct?: SourceElasticsearchTimeouts | cdktf.IResolvable): any {
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


export function sourceElasticsearchTimeoutsToHclTerraform(struct?: SourceElasticsearchTimeouts | cdktf.IResolvable): any {
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

export class SourceElasticsearchTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceElasticsearchTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: SourceElasticsearchTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch streamkap_source_elasticsearch}
*/
export class SourceElasticsearch extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_source_elasticsearch";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SourceElasticsearch resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SourceElasticsearch to import
  * @param importFromId The id of the existing SourceElasticsearch that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SourceElasticsearch to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_source_elasticsearch", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_elasticsearch streamkap_source_elasticsearch} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SourceElasticsearchConfig
  */
  public constructor(scope: Construct, id: string, config: SourceElasticsearchConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_source_elasticsearch',
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
    this._datetimeFieldName = config.datetimeFieldName;
    this._datetimeFieldValue = config.datetimeFieldValue;
    this._desiredState = config.desiredState;
    this._endpointIncludeList = config.endpointIncludeList;
    this._esHost = config.esHost;
    this._esPort = config.esPort;
    this._esScheme = config.esScheme;
    this._httpAuth = config.httpAuth;
    this._httpAuthPassword = config.httpAuthPassword;
    this._httpAuthUser = config.httpAuthUser;
    this._insertTopicNameEnabled = config.insertTopicNameEnabled;
    this._name = config.name;
    this._preserveNullValues = config.preserveNullValues;
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

  // connector - computed: true, optional: false, required: false
  public get connector() {
    return this.getStringAttribute('connector');
  }

  // connector_status - computed: true, optional: false, required: false
  public get connectorStatus() {
    return this.getStringAttribute('connector_status');
  }

  // datetime_field_name - computed: false, optional: false, required: true
  private _datetimeFieldName?: string; 
  public get datetimeFieldName() {
    return this.getStringAttribute('datetime_field_name');
  }
  public set datetimeFieldName(value: string) {
    this._datetimeFieldName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get datetimeFieldNameInput() {
    return this._datetimeFieldName;
  }

  // datetime_field_value - computed: false, optional: true, required: false
  private _datetimeFieldValue?: string; 
  public get datetimeFieldValue() {
    return this.getStringAttribute('datetime_field_value');
  }
  public set datetimeFieldValue(value: string) {
    this._datetimeFieldValue = value;
  }
  public resetDatetimeFieldValue() {
    this._datetimeFieldValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get datetimeFieldValueInput() {
    return this._datetimeFieldValue;
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

  // endpoint_include_list - computed: false, optional: false, required: true
  private _endpointIncludeList?: string; 
  public get endpointIncludeList() {
    return this.getStringAttribute('endpoint_include_list');
  }
  public set endpointIncludeList(value: string) {
    this._endpointIncludeList = value;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointIncludeListInput() {
    return this._endpointIncludeList;
  }

  // es_host - computed: false, optional: false, required: true
  private _esHost?: string; 
  public get esHost() {
    return this.getStringAttribute('es_host');
  }
  public set esHost(value: string) {
    this._esHost = value;
  }
  // Temporarily expose input value. Use with caution.
  public get esHostInput() {
    return this._esHost;
  }

  // es_port - computed: true, optional: true, required: false
  private _esPort?: number; 
  public get esPort() {
    return this.getNumberAttribute('es_port');
  }
  public set esPort(value: number) {
    this._esPort = value;
  }
  public resetEsPort() {
    this._esPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get esPortInput() {
    return this._esPort;
  }

  // es_scheme - computed: true, optional: true, required: false
  private _esScheme?: string; 
  public get esScheme() {
    return this.getStringAttribute('es_scheme');
  }
  public set esScheme(value: string) {
    this._esScheme = value;
  }
  public resetEsScheme() {
    this._esScheme = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get esSchemeInput() {
    return this._esScheme;
  }

  // http_auth - computed: true, optional: true, required: false
  private _httpAuth?: string; 
  public get httpAuth() {
    return this.getStringAttribute('http_auth');
  }
  public set httpAuth(value: string) {
    this._httpAuth = value;
  }
  public resetHttpAuth() {
    this._httpAuth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpAuthInput() {
    return this._httpAuth;
  }

  // http_auth_password - computed: false, optional: true, required: false
  private _httpAuthPassword?: string; 
  public get httpAuthPassword() {
    return this.getStringAttribute('http_auth_password');
  }
  public set httpAuthPassword(value: string) {
    this._httpAuthPassword = value;
  }
  public resetHttpAuthPassword() {
    this._httpAuthPassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpAuthPasswordInput() {
    return this._httpAuthPassword;
  }

  // http_auth_user - computed: false, optional: true, required: false
  private _httpAuthUser?: string; 
  public get httpAuthUser() {
    return this.getStringAttribute('http_auth_user');
  }
  public set httpAuthUser(value: string) {
    this._httpAuthUser = value;
  }
  public resetHttpAuthUser() {
    this._httpAuthUser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpAuthUserInput() {
    return this._httpAuthUser;
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
  private _timeouts = new SourceElasticsearchTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: SourceElasticsearchTimeouts) {
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
      datetime_field_name: cdktf.stringToTerraform(this._datetimeFieldName),
      datetime_field_value: cdktf.stringToTerraform(this._datetimeFieldValue),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      endpoint_include_list: cdktf.stringToTerraform(this._endpointIncludeList),
      es_host: cdktf.stringToTerraform(this._esHost),
      es_port: cdktf.numberToTerraform(this._esPort),
      es_scheme: cdktf.stringToTerraform(this._esScheme),
      http_auth: cdktf.stringToTerraform(this._httpAuth),
      http_auth_password: cdktf.stringToTerraform(this._httpAuthPassword),
      http_auth_user: cdktf.stringToTerraform(this._httpAuthUser),
      insert_topic_name_enabled: cdktf.booleanToTerraform(this._insertTopicNameEnabled),
      name: cdktf.stringToTerraform(this._name),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
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
      timeouts: sourceElasticsearchTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      datetime_field_name: {
        value: cdktf.stringToHclTerraform(this._datetimeFieldName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      datetime_field_value: {
        value: cdktf.stringToHclTerraform(this._datetimeFieldValue),
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
      endpoint_include_list: {
        value: cdktf.stringToHclTerraform(this._endpointIncludeList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      es_host: {
        value: cdktf.stringToHclTerraform(this._esHost),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      es_port: {
        value: cdktf.numberToHclTerraform(this._esPort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      es_scheme: {
        value: cdktf.stringToHclTerraform(this._esScheme),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      http_auth: {
        value: cdktf.stringToHclTerraform(this._httpAuth),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      http_auth_password: {
        value: cdktf.stringToHclTerraform(this._httpAuthPassword),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      http_auth_user: {
        value: cdktf.stringToHclTerraform(this._httpAuthUser),
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
        value: sourceElasticsearchTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceElasticsearchTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
