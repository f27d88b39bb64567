// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SourceShopifyWebhookConfig extends cdktf.TerraformMetaArguments {
  /**
  * Key to append to the webhook address as ?api_key=KEY; Streamkap generates it when the source is created (config key "api.key"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#api_key SourceShopifyWebhook#api_key}
  */
  readonly apiKey?: string;
  /**
  * Whether records that fail are written to a dead letter queue topic instead of stopping the connector (config key "camel.source.dlq.enabled"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#camel_source_dlq_enabled SourceShopifyWebhook#camel_source_dlq_enabled}
  */
  readonly camelSourceDlqEnabled?: boolean | cdktf.IResolvable;
  /**
  * Comma-separated nested arrays written to topics of their own, e.g. orders.line_items,products.variants; when empty, arrays stay inside their record (config key "camel.source.payload.router.fanout.fields"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#camel_source_payload_router_fanout_fields SourceShopifyWebhook#camel_source_payload_router_fanout_fields}
  */
  readonly camelSourcePayloadRouterFanoutFields?: string;
  /**
  * Whether each record carries the webhook's metadata (_shop_domain, _event_id, _triggered_at...); turn it off for upsert tables (config key "camel.source.payload.router.include.event"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#camel_source_payload_router_include_event SourceShopifyWebhook#camel_source_payload_router_include_event}
  */
  readonly camelSourcePayloadRouterIncludeEvent?: boolean | cdktf.IResolvable;
  /**
  * Secret that checks the X-Shopify-Hmac-Sha256 header of each call; empty skips the check (config key "camel.source.payload.router.shopify.hmac.secret"). Text. Defaults to "". Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#camel_source_payload_router_shopify_hmac_secret SourceShopifyWebhook#camel_source_payload_router_shopify_hmac_secret}
  */
  readonly camelSourcePayloadRouterShopifyHmacSecret?: string;
  /**
  * What happens to events of types not in the topic list: DEFAULT_TOPIC writes them to the default topic below, SKIP drops them, FAIL stops the connector (config key "camel.source.payload.router.unknown.type.behavior"). Text. One of "DEFAULT_TOPIC", "SKIP", "FAIL". Defaults to "DEFAULT_TOPIC".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#camel_source_payload_router_unknown_type_behavior SourceShopifyWebhook#camel_source_payload_router_unknown_type_behavior}
  */
  readonly camelSourcePayloadRouterUnknownTypeBehavior?: string;
  /**
  * Topic that events of unselected types go to when that behaviour is DEFAULT_TOPIC, e.g. unknown (config key "camel.source.payload.router.unknown.type.default.topic"). Text. Defaults to "unknown".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#camel_source_payload_router_unknown_type_default_topic SourceShopifyWebhook#camel_source_payload_router_unknown_type_default_topic}
  */
  readonly camelSourcePayloadRouterUnknownTypeDefaultTopic?: string;
  /**
  * Static Admin API access token of a legacy custom app, in place of the client ID and secret (config key "camel.source.snapshot.shopify.access.token"). Text. Defaults to "". Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#camel_source_snapshot_shopify_access_token SourceShopifyWebhook#camel_source_snapshot_shopify_access_token}
  */
  readonly camelSourceSnapshotShopifyAccessToken?: string;
  /**
  * Shopify Admin API version snapshots use, e.g. 2024-10 (config key "camel.source.snapshot.shopify.api.version"). Text. Defaults to "2024-10".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#camel_source_snapshot_shopify_api_version SourceShopifyWebhook#camel_source_snapshot_shopify_api_version}
  */
  readonly camelSourceSnapshotShopifyApiVersion?: string;
  /**
  * Client ID of the Shopify app (give it and the client secret, or an access token) (config key "camel.source.snapshot.shopify.client.id"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#camel_source_snapshot_shopify_client_id SourceShopifyWebhook#camel_source_snapshot_shopify_client_id}
  */
  readonly camelSourceSnapshotShopifyClientId?: string;
  /**
  * Client secret of the Shopify app (config key "camel.source.snapshot.shopify.client.secret"). Text. Defaults to "". Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#camel_source_snapshot_shopify_client_secret SourceShopifyWebhook#camel_source_snapshot_shopify_client_secret}
  */
  readonly camelSourceSnapshotShopifyClientSecret?: string;
  /**
  * Address of the Shopify store, needed for snapshots, e.g. https://acme.myshopify.com (config key "camel.source.snapshot.shopify.store.url"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#camel_source_snapshot_shopify_store_url SourceShopifyWebhook#camel_source_snapshot_shopify_store_url}
  */
  readonly camelSourceSnapshotShopifyStoreUrl?: string;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#desired_state SourceShopifyWebhook#desired_state}
  */
  readonly desiredState?: string;
  /**
  * Whether each record gets a _streamkap_topic field holding its Kafka topic's name (topic router transforms need it to keep lineage) (config key "InsertTopicName.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#insert_topic_name_enabled SourceShopifyWebhook#insert_topic_name_enabled}
  */
  readonly insertTopicNameEnabled?: boolean | cdktf.IResolvable;
  /**
  * Name of the source, unique among the sources of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#name SourceShopifyWebhook#name}
  */
  readonly name: string;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#preserve_null_values SourceShopifyWebhook#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * Ids of the source's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#tags SourceShopifyWebhook#tags}
  */
  readonly tags?: string[];
  /**
  * Comma-separated list of the Shopify resources to capture, one topic each, e.g. orders,products (config key "topic.include.list.user.defined"). Text. Defaults to "orders,products,customers".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#topic_include_list SourceShopifyWebhook#topic_include_list}
  */
  readonly topicIncludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#transforms_oversized_records_fields_exclude_list SourceShopifyWebhook#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#transforms_oversized_records_fields_include_list SourceShopifyWebhook#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#transforms_oversized_records_max_field_size_bytes SourceShopifyWebhook#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#transforms_oversized_records_max_record_size_bytes SourceShopifyWebhook#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#transforms_oversized_records_oversized_field_behavior SourceShopifyWebhook#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#transforms_oversized_records_replace_null_with_default SourceShopifyWebhook#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#transforms_oversized_records_semantic_types_exclude SourceShopifyWebhook#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#transforms_oversized_records_truncation_suffix SourceShopifyWebhook#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * Comma-separated list of columns copied from each record's value into its key, as table.column, e.g. orders.customer_id (config key "transforms.ValueToKey.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#transforms_value_to_key_fields_include_list SourceShopifyWebhook#transforms_value_to_key_fields_include_list}
  */
  readonly transformsValueToKeyFieldsIncludeList?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.ValueToKey.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#transforms_value_to_key_replace_null_with_default SourceShopifyWebhook#transforms_value_to_key_replace_null_with_default}
  */
  readonly transformsValueToKeyReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Address to register in Shopify, with ?api_key= and the API key appended; Streamkap generates it when the source is created (config key "webhook.url"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#webhook_url SourceShopifyWebhook#webhook_url}
  */
  readonly webhookUrl?: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#timeouts SourceShopifyWebhook#timeouts}
  */
  readonly timeouts?: SourceShopifyWebhookTimeouts;
}
export interface SourceShopifyWebhookTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#create SourceShopifyWebhook#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#delete SourceShopifyWebhook#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#update SourceShopifyWebhook#update}
  */
  readonly update?: string;
}

export function sourceShopifyWebhookTimeoutsToTerraform(struct?: SourceShopifyWebhookTimeouts | cdktf.IResolvable): any {
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


export function sourceShopifyWebhookTimeoutsToHclTerraform(struct?: SourceShopifyWebhookTimeouts | cdktf.IResolvable): any {
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

export class SourceShopifyWebhookTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceShopifyWebhookTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: SourceShopifyWebhookTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook streamkap_source_shopify_webhook}
*/
export class SourceShopifyWebhook extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_source_shopify_webhook";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SourceShopifyWebhook resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SourceShopifyWebhook to import
  * @param importFromId The id of the existing SourceShopifyWebhook that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SourceShopifyWebhook to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_source_shopify_webhook", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_shopify_webhook streamkap_source_shopify_webhook} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SourceShopifyWebhookConfig
  */
  public constructor(scope: Construct, id: string, config: SourceShopifyWebhookConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_source_shopify_webhook',
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
    this._camelSourcePayloadRouterIncludeEvent = config.camelSourcePayloadRouterIncludeEvent;
    this._camelSourcePayloadRouterShopifyHmacSecret = config.camelSourcePayloadRouterShopifyHmacSecret;
    this._camelSourcePayloadRouterUnknownTypeBehavior = config.camelSourcePayloadRouterUnknownTypeBehavior;
    this._camelSourcePayloadRouterUnknownTypeDefaultTopic = config.camelSourcePayloadRouterUnknownTypeDefaultTopic;
    this._camelSourceSnapshotShopifyAccessToken = config.camelSourceSnapshotShopifyAccessToken;
    this._camelSourceSnapshotShopifyApiVersion = config.camelSourceSnapshotShopifyApiVersion;
    this._camelSourceSnapshotShopifyClientId = config.camelSourceSnapshotShopifyClientId;
    this._camelSourceSnapshotShopifyClientSecret = config.camelSourceSnapshotShopifyClientSecret;
    this._camelSourceSnapshotShopifyStoreUrl = config.camelSourceSnapshotShopifyStoreUrl;
    this._desiredState = config.desiredState;
    this._insertTopicNameEnabled = config.insertTopicNameEnabled;
    this._name = config.name;
    this._preserveNullValues = config.preserveNullValues;
    this._tags = config.tags;
    this._topicIncludeList = config.topicIncludeList;
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

  // camel_source_payload_router_shopify_hmac_secret - computed: true, optional: true, required: false
  private _camelSourcePayloadRouterShopifyHmacSecret?: string; 
  public get camelSourcePayloadRouterShopifyHmacSecret() {
    return this.getStringAttribute('camel_source_payload_router_shopify_hmac_secret');
  }
  public set camelSourcePayloadRouterShopifyHmacSecret(value: string) {
    this._camelSourcePayloadRouterShopifyHmacSecret = value;
  }
  public resetCamelSourcePayloadRouterShopifyHmacSecret() {
    this._camelSourcePayloadRouterShopifyHmacSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourcePayloadRouterShopifyHmacSecretInput() {
    return this._camelSourcePayloadRouterShopifyHmacSecret;
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

  // camel_source_snapshot_shopify_access_token - computed: true, optional: true, required: false
  private _camelSourceSnapshotShopifyAccessToken?: string; 
  public get camelSourceSnapshotShopifyAccessToken() {
    return this.getStringAttribute('camel_source_snapshot_shopify_access_token');
  }
  public set camelSourceSnapshotShopifyAccessToken(value: string) {
    this._camelSourceSnapshotShopifyAccessToken = value;
  }
  public resetCamelSourceSnapshotShopifyAccessToken() {
    this._camelSourceSnapshotShopifyAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourceSnapshotShopifyAccessTokenInput() {
    return this._camelSourceSnapshotShopifyAccessToken;
  }

  // camel_source_snapshot_shopify_api_version - computed: true, optional: true, required: false
  private _camelSourceSnapshotShopifyApiVersion?: string; 
  public get camelSourceSnapshotShopifyApiVersion() {
    return this.getStringAttribute('camel_source_snapshot_shopify_api_version');
  }
  public set camelSourceSnapshotShopifyApiVersion(value: string) {
    this._camelSourceSnapshotShopifyApiVersion = value;
  }
  public resetCamelSourceSnapshotShopifyApiVersion() {
    this._camelSourceSnapshotShopifyApiVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourceSnapshotShopifyApiVersionInput() {
    return this._camelSourceSnapshotShopifyApiVersion;
  }

  // camel_source_snapshot_shopify_client_id - computed: true, optional: true, required: false
  private _camelSourceSnapshotShopifyClientId?: string; 
  public get camelSourceSnapshotShopifyClientId() {
    return this.getStringAttribute('camel_source_snapshot_shopify_client_id');
  }
  public set camelSourceSnapshotShopifyClientId(value: string) {
    this._camelSourceSnapshotShopifyClientId = value;
  }
  public resetCamelSourceSnapshotShopifyClientId() {
    this._camelSourceSnapshotShopifyClientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourceSnapshotShopifyClientIdInput() {
    return this._camelSourceSnapshotShopifyClientId;
  }

  // camel_source_snapshot_shopify_client_secret - computed: true, optional: true, required: false
  private _camelSourceSnapshotShopifyClientSecret?: string; 
  public get camelSourceSnapshotShopifyClientSecret() {
    return this.getStringAttribute('camel_source_snapshot_shopify_client_secret');
  }
  public set camelSourceSnapshotShopifyClientSecret(value: string) {
    this._camelSourceSnapshotShopifyClientSecret = value;
  }
  public resetCamelSourceSnapshotShopifyClientSecret() {
    this._camelSourceSnapshotShopifyClientSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourceSnapshotShopifyClientSecretInput() {
    return this._camelSourceSnapshotShopifyClientSecret;
  }

  // camel_source_snapshot_shopify_store_url - computed: true, optional: true, required: false
  private _camelSourceSnapshotShopifyStoreUrl?: string; 
  public get camelSourceSnapshotShopifyStoreUrl() {
    return this.getStringAttribute('camel_source_snapshot_shopify_store_url');
  }
  public set camelSourceSnapshotShopifyStoreUrl(value: string) {
    this._camelSourceSnapshotShopifyStoreUrl = value;
  }
  public resetCamelSourceSnapshotShopifyStoreUrl() {
    this._camelSourceSnapshotShopifyStoreUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get camelSourceSnapshotShopifyStoreUrlInput() {
    return this._camelSourceSnapshotShopifyStoreUrl;
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

  // topic_include_list - computed: true, optional: true, required: false
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
  private _timeouts = new SourceShopifyWebhookTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: SourceShopifyWebhookTimeouts) {
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
      camel_source_payload_router_include_event: cdktf.booleanToTerraform(this._camelSourcePayloadRouterIncludeEvent),
      camel_source_payload_router_shopify_hmac_secret: cdktf.stringToTerraform(this._camelSourcePayloadRouterShopifyHmacSecret),
      camel_source_payload_router_unknown_type_behavior: cdktf.stringToTerraform(this._camelSourcePayloadRouterUnknownTypeBehavior),
      camel_source_payload_router_unknown_type_default_topic: cdktf.stringToTerraform(this._camelSourcePayloadRouterUnknownTypeDefaultTopic),
      camel_source_snapshot_shopify_access_token: cdktf.stringToTerraform(this._camelSourceSnapshotShopifyAccessToken),
      camel_source_snapshot_shopify_api_version: cdktf.stringToTerraform(this._camelSourceSnapshotShopifyApiVersion),
      camel_source_snapshot_shopify_client_id: cdktf.stringToTerraform(this._camelSourceSnapshotShopifyClientId),
      camel_source_snapshot_shopify_client_secret: cdktf.stringToTerraform(this._camelSourceSnapshotShopifyClientSecret),
      camel_source_snapshot_shopify_store_url: cdktf.stringToTerraform(this._camelSourceSnapshotShopifyStoreUrl),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      insert_topic_name_enabled: cdktf.booleanToTerraform(this._insertTopicNameEnabled),
      name: cdktf.stringToTerraform(this._name),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      topic_include_list: cdktf.stringToTerraform(this._topicIncludeList),
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
      timeouts: sourceShopifyWebhookTimeoutsToTerraform(this._timeouts.internalValue),
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
      camel_source_payload_router_include_event: {
        value: cdktf.booleanToHclTerraform(this._camelSourcePayloadRouterIncludeEvent),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      camel_source_payload_router_shopify_hmac_secret: {
        value: cdktf.stringToHclTerraform(this._camelSourcePayloadRouterShopifyHmacSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
      camel_source_snapshot_shopify_access_token: {
        value: cdktf.stringToHclTerraform(this._camelSourceSnapshotShopifyAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      camel_source_snapshot_shopify_api_version: {
        value: cdktf.stringToHclTerraform(this._camelSourceSnapshotShopifyApiVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      camel_source_snapshot_shopify_client_id: {
        value: cdktf.stringToHclTerraform(this._camelSourceSnapshotShopifyClientId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      camel_source_snapshot_shopify_client_secret: {
        value: cdktf.stringToHclTerraform(this._camelSourceSnapshotShopifyClientSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      camel_source_snapshot_shopify_store_url: {
        value: cdktf.stringToHclTerraform(this._camelSourceSnapshotShopifyStoreUrl),
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
      topic_include_list: {
        value: cdktf.stringToHclTerraform(this._topicIncludeList),
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
        value: sourceShopifyWebhookTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceShopifyWebhookTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
