// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SourceZendeskWebhookConfig extends cdktf.TerraformMetaArguments {
  /**
  * Key that authenticates the calls to the webhook address; Streamkap generates it when the source is created (config key "api.key"). Text. Optional; when left out it is not sent and Streamkap's own default applies. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#api_key SourceZendeskWebhook#api_key}
  */
  readonly apiKey?: string;
  /**
  * Whether records that fail are written to a dead letter queue topic instead of stopping the connector (config key "camel.source.dlq.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#camel_source_dlq_enabled SourceZendeskWebhook#camel_source_dlq_enabled}
  */
  readonly camelSourceDlqEnabled?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated fields written to topics of their own, e.g. ticket.tags,organization.tags; when empty, arrays stay inside their record (config key "camel.source.payload.router.fanout.fields"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#camel_source_payload_router_fanout_fields SourceZendeskWebhook#camel_source_payload_router_fanout_fields}
  */
  readonly camelSourcePayloadRouterFanoutFields?: string;
  /**
  * Whether nested detail fields become top-level fields, for destinations without nested objects (config key "camel.source.payload.router.flatten.detail"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#camel_source_payload_router_flatten_detail SourceZendeskWebhook#camel_source_payload_router_flatten_detail}
  */
  readonly camelSourcePayloadRouterFlattenDetail?: boolean | cdktf.IResolvable;
  /**
  * Text put before the names of flattened fields to avoid clashes, e.g. detail_ (empty: none) (config key "camel.source.payload.router.flatten.detail.prefix"). Text. Defaults to "detail_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#camel_source_payload_router_flatten_detail_prefix SourceZendeskWebhook#camel_source_payload_router_flatten_detail_prefix}
  */
  readonly camelSourcePayloadRouterFlattenDetailPrefix?: string;
  /**
  * Whether each record carries the event field: on for an audit log (append), off when only the entity's state matters (upsert) (config key "camel.source.payload.router.include.event"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#camel_source_payload_router_include_event SourceZendeskWebhook#camel_source_payload_router_include_event}
  */
  readonly camelSourcePayloadRouterIncludeEvent?: boolean | cdktf.IResolvable;
  /**
  * What happens to events of types not in the topic list: DEFAULT_TOPIC writes them to the default topic below, SKIP drops them, FAIL stops the connector (config key "camel.source.payload.router.unknown.type.behavior"). Text. One of "DEFAULT_TOPIC", "SKIP", "FAIL". Defaults to "DEFAULT_TOPIC".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#camel_source_payload_router_unknown_type_behavior SourceZendeskWebhook#camel_source_payload_router_unknown_type_behavior}
  */
  readonly camelSourcePayloadRouterUnknownTypeBehavior?: string;
  /**
  * Topic that events of unselected types go to when that behaviour is DEFAULT_TOPIC, e.g. unknown (config key "camel.source.payload.router.unknown.type.default.topic"). Text. Defaults to "unknown".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#camel_source_payload_router_unknown_type_default_topic SourceZendeskWebhook#camel_source_payload_router_unknown_type_default_topic}
  */
  readonly camelSourcePayloadRouterUnknownTypeDefaultTopic?: string;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#desired_state SourceZendeskWebhook#desired_state}
  */
  readonly desiredState?: string;
  /**
  * Whether each record gets a _streamkap_topic field holding its Kafka topic's name (topic router transforms need it to keep lineage) (config key "InsertTopicName.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#insert_topic_name_enabled SourceZendeskWebhook#insert_topic_name_enabled}
  */
  readonly insertTopicNameEnabled?: boolean | cdktf.IResolvable;
  /**
  * Name of the source, unique among the sources of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#name SourceZendeskWebhook#name}
  */
  readonly name: string;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#preserve_null_values SourceZendeskWebhook#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * Ids of the source's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#tags SourceZendeskWebhook#tags}
  */
  readonly tags?: string[];
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#transforms_oversized_records_fields_exclude_list SourceZendeskWebhook#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#transforms_oversized_records_fields_include_list SourceZendeskWebhook#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#transforms_oversized_records_max_field_size_bytes SourceZendeskWebhook#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#transforms_oversized_records_max_record_size_bytes SourceZendeskWebhook#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#transforms_oversized_records_oversized_field_behavior SourceZendeskWebhook#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#transforms_oversized_records_replace_null_with_default SourceZendeskWebhook#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#transforms_oversized_records_semantic_types_exclude SourceZendeskWebhook#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#transforms_oversized_records_truncation_suffix SourceZendeskWebhook#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * Comma-separated list of columns copied from each record's value into its key, as table.column, e.g. orders.customer_id (config key "transforms.ValueToKey.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#transforms_value_to_key_fields_include_list SourceZendeskWebhook#transforms_value_to_key_fields_include_list}
  */
  readonly transformsValueToKeyFieldsIncludeList?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.ValueToKey.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#transforms_value_to_key_replace_null_with_default SourceZendeskWebhook#transforms_value_to_key_replace_null_with_default}
  */
  readonly transformsValueToKeyReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Address to send the events to; Streamkap generates it when the source is created (config key "webhook.url"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#webhook_url SourceZendeskWebhook#webhook_url}
  */
  readonly webhookUrl?: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#timeouts SourceZendeskWebhook#timeouts}
  */
  readonly timeouts?: SourceZendeskWebhookTimeouts;
}
export interface SourceZendeskWebhookTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#create SourceZendeskWebhook#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#delete SourceZendeskWebhook#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#update SourceZendeskWebhook#update}
  */
  readonly update?: string;
}

export function sourceZendeskWebhookTimeoutsToTerraform(struct?: SourceZendeskWebhookTimeouts | cdktf.IResolvable): any {
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


export function sourceZendeskWebhookTimeoutsToHclTerraform(struct?: SourceZendeskWebhookTimeouts | cdktf.IResolvable): any {
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

export class SourceZendeskWebhookTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceZendeskWebhookTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: SourceZendeskWebhookTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook streamkap_source_zendesk_webhook}
*/
export class SourceZendeskWebhook extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_source_zendesk_webhook";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SourceZendeskWebhook resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SourceZendeskWebhook to import
  * @param importFromId The id of the existing SourceZendeskWebhook that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SourceZendeskWebhook to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_source_zendesk_webhook", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_zendesk_webhook streamkap_source_zendesk_webhook} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SourceZendeskWebhookConfig
  */
  public constructor(scope: Construct, id: string, config: SourceZendeskWebhookConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_source_zendesk_webhook',
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
    this._apiKey = config.apiKey;
    this._camelSourceDlqEnabled = config.camelSourceDlqEnabled;
    this._camelSourcePayloadRouterFanoutFields = config.camelSourcePayloadRouterFanoutFields;
    this._camelSourcePayloadRouterFlattenDetail = config.camelSourcePayloadRouterFlattenDetail;
    this._camelSourcePayloadRouterFlattenDetailPrefix = config.camelSourcePayloadRouterFlattenDetailPrefix;
    this._camelSourcePayloadRouterIncludeEvent = config.camelSourcePayloadRouterIncludeEvent;
    this._camelSourcePayloadRouterUnknownTypeBehavior = config.camelSourcePayloadRouterUnknownTypeBehavior;
    this._camelSourcePayloadRouterUnknownTypeDefaultTopic = config.camelSourcePayloadRouterUnknownTypeDefaultTopic;
    this._desiredState = config.desiredState;
    this._insertTopicNameEnabled = config.insertTopicNameEnabled;
    this._name = config.name;
    this._preserveNullValues = config.preserveNullValues;
    this._tags = config.tags;
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
    this._webhookUrl = config.webhookUrl;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this.getStringAttribute('api_key');
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // camel_source_dlq_enabled - computed: true, optional: true, required: false
  private _camelSourceDlqEnabled?: boolean | cdktf.IResolvable; 
  public get camelSourceDlqEnabled() {
    return this.getBooleanAttribute('camel_source_dlq_enabled');
  }
  public set camelSourceDlqEnabled(value: boolean | cdktf.IResolvable) {
    this._camelSourceDlqEnabled = value;
  }
  public resetCamelSourceDlqEnabled() {
    this._camelSourceDlqEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourceDlqEnabledInput() {
    return this._camelSourceDlqEnabled;
  }

  // camel_source_payload_router_fanout_fields - computed: true, optional: true, required: false
  private _camelSourcePayloadRouterFanoutFields?: string; 
  public get camelSourcePayloadRouterFanoutFields() {
    return this.getStringAttribute('camel_source_payload_router_fanout_fields');
  }
  public set camelSourcePayloadRouterFanoutFields(value: string) {
    this._camelSourcePayloadRouterFanoutFields = value;
  }
  public resetCamelSourcePayloadRouterFanoutFields() {
    this._camelSourcePayloadRouterFanoutFields = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourcePayloadRouterFanoutFieldsInput() {
    return this._camelSourcePayloadRouterFanoutFields;
  }

  // camel_source_payload_router_flatten_detail - computed: true, optional: true, required: false
  private _camelSourcePayloadRouterFlattenDetail?: boolean | cdktf.IResolvable; 
  public get camelSourcePayloadRouterFlattenDetail() {
    return this.getBooleanAttribute('camel_source_payload_router_flatten_detail');
  }
  public set camelSourcePayloadRouterFlattenDetail(value: boolean | cdktf.IResolvable) {
    this._camelSourcePayloadRouterFlattenDetail = value;
  }
  public resetCamelSourcePayloadRouterFlattenDetail() {
    this._camelSourcePayloadRouterFlattenDetail = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourcePayloadRouterFlattenDetailInput() {
    return this._camelSourcePayloadRouterFlattenDetail;
  }

  // camel_source_payload_router_flatten_detail_prefix - computed: true, optional: true, required: false
  private _camelSourcePayloadRouterFlattenDetailPrefix?: string; 
  public get camelSourcePayloadRouterFlattenDetailPrefix() {
    return this.getStringAttribute('camel_source_payload_router_flatten_detail_prefix');
  }
  public set camelSourcePayloadRouterFlattenDetailPrefix(value: string) {
    this._camelSourcePayloadRouterFlattenDetailPrefix = value;
  }
  public resetCamelSourcePayloadRouterFlattenDetailPrefix() {
    this._camelSourcePayloadRouterFlattenDetailPrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourcePayloadRouterFlattenDetailPrefixInput() {
    return this._camelSourcePayloadRouterFlattenDetailPrefix;
  }

  // camel_source_payload_router_include_event - computed: true, optional: true, required: false
  private _camelSourcePayloadRouterIncludeEvent?: boolean | cdktf.IResolvable; 
  public get camelSourcePayloadRouterIncludeEvent() {
    return this.getBooleanAttribute('camel_source_payload_router_include_event');
  }
  public set camelSourcePayloadRouterIncludeEvent(value: boolean | cdktf.IResolvable) {
    this._camelSourcePayloadRouterIncludeEvent = value;
  }
  public resetCamelSourcePayloadRouterIncludeEvent() {
    this._camelSourcePayloadRouterIncludeEvent = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourcePayloadRouterIncludeEventInput() {
    return this._camelSourcePayloadRouterIncludeEvent;
  }

  // camel_source_payload_router_unknown_type_behavior - computed: true, optional: true, required: false
  private _camelSourcePayloadRouterUnknownTypeBehavior?: string; 
  public get camelSourcePayloadRouterUnknownTypeBehavior() {
    return this.getStringAttribute('camel_source_payload_router_unknown_type_behavior');
  }
  public set camelSourcePayloadRouterUnknownTypeBehavior(value: string) {
    this._camelSourcePayloadRouterUnknownTypeBehavior = value;
  }
  public resetCamelSourcePayloadRouterUnknownTypeBehavior() {
    this._camelSourcePayloadRouterUnknownTypeBehavior = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourcePayloadRouterUnknownTypeBehaviorInput() {
    return this._camelSourcePayloadRouterUnknownTypeBehavior;
  }

  // camel_source_payload_router_unknown_type_default_topic - computed: true, optional: true, required: false
  private _camelSourcePayloadRouterUnknownTypeDefaultTopic?: string; 
  public get camelSourcePayloadRouterUnknownTypeDefaultTopic() {
    return this.getStringAttribute('camel_source_payload_router_unknown_type_default_topic');
  }
  public set camelSourcePayloadRouterUnknownTypeDefaultTopic(value: string) {
    this._camelSourcePayloadRouterUnknownTypeDefaultTopic = value;
  }
  public resetCamelSourcePayloadRouterUnknownTypeDefaultTopic() {
    this._camelSourcePayloadRouterUnknownTypeDefaultTopic = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourcePayloadRouterUnknownTypeDefaultTopicInput() {
    return this._camelSourcePayloadRouterUnknownTypeDefaultTopic;
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

  // webhook_url - computed: false, optional: true, required: false
  private _webhookUrl?: string; 
  public get webhookUrl() {
    return this.getStringAttribute('webhook_url');
  }
  public set webhookUrl(value: string) {
    this._webhookUrl = value;
  }
  public resetWebhookUrl() {
    this._webhookUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webhookUrlInput() {
    return this._webhookUrl;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new SourceZendeskWebhookTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: SourceZendeskWebhookTimeouts) {
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
      api_key: cdktf.stringToTerraform(this._apiKey),
      camel_source_dlq_enabled: cdktf.booleanToTerraform(this._camelSourceDlqEnabled),
      camel_source_payload_router_fanout_fields: cdktf.stringToTerraform(this._camelSourcePayloadRouterFanoutFields),
      camel_source_payload_router_flatten_detail: cdktf.booleanToTerraform(this._camelSourcePayloadRouterFlattenDetail),
      camel_source_payload_router_flatten_detail_prefix: cdktf.stringToTerraform(this._camelSourcePayloadRouterFlattenDetailPrefix),
      camel_source_payload_router_include_event: cdktf.booleanToTerraform(this._camelSourcePayloadRouterIncludeEvent),
      camel_source_payload_router_unknown_type_behavior: cdktf.stringToTerraform(this._camelSourcePayloadRouterUnknownTypeBehavior),
      camel_source_payload_router_unknown_type_default_topic: cdktf.stringToTerraform(this._camelSourcePayloadRouterUnknownTypeDefaultTopic),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      insert_topic_name_enabled: cdktf.booleanToTerraform(this._insertTopicNameEnabled),
      name: cdktf.stringToTerraform(this._name),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
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
      webhook_url: cdktf.stringToTerraform(this._webhookUrl),
      timeouts: sourceZendeskWebhookTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      api_key: {
        value: cdktf.stringToHclTerraform(this._apiKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      camel_source_dlq_enabled: {
        value: cdktf.booleanToHclTerraform(this._camelSourceDlqEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      camel_source_payload_router_fanout_fields: {
        value: cdktf.stringToHclTerraform(this._camelSourcePayloadRouterFanoutFields),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      camel_source_payload_router_flatten_detail: {
        value: cdktf.booleanToHclTerraform(this._camelSourcePayloadRouterFlattenDetail),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      camel_source_payload_router_flatten_detail_prefix: {
        value: cdktf.stringToHclTerraform(this._camelSourcePayloadRouterFlattenDetailPrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      camel_source_payload_router_include_event: {
        value: cdktf.booleanToHclTerraform(this._camelSourcePayloadRouterIncludeEvent),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      camel_source_payload_router_unknown_type_behavior: {
        value: cdktf.stringToHclTerraform(this._camelSourcePayloadRouterUnknownTypeBehavior),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      camel_source_payload_router_unknown_type_default_topic: {
        value: cdktf.stringToHclTerraform(this._camelSourcePayloadRouterUnknownTypeDefaultTopic),
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
      webhook_url: {
        value: cdktf.stringToHclTerraform(this._webhookUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: sourceZendeskWebhookTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceZendeskWebhookTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
