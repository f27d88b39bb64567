// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SourceRedisConfig extends cdktf.TerraformMetaArguments {
  /**
  * What the connector reads: Stream reads a Redis stream, Keys watches keys matching a pattern (config key "connector.class.type"). Text. One of "Stream", "Keys". Defaults to "Stream".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#connector_class_type SourceRedis#connector_class_type}
  */
  readonly connectorClassType?: string;
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#desired_state SourceRedis#desired_state}
  */
  readonly desiredState?: string;
  /**
  * Whether each record gets a _streamkap_topic field holding its Kafka topic's name (topic router transforms need it to keep lineage) (config key "InsertTopicName.enabled"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#insert_topic_name_enabled SourceRedis#insert_topic_name_enabled}
  */
  readonly insertTopicNameEnabled?: boolean | cdktf.IResolvable;
  /**
  * LIVE takes a snapshot first and then streams changes; LIVEONLY streams changes only (config key "mode"). Text. One of "LIVE", "LIVEONLY". Defaults to "LIVE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#mode SourceRedis#mode}
  */
  readonly mode?: string;
  /**
  * Name of the source, unique among the sources of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#name SourceRedis#name}
  */
  readonly name: string;
  /**
  * Whether null values from the source stay null instead of being replaced by the column's schema default (config key "preserve.null.values"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#preserve_null_values SourceRedis#preserve_null_values}
  */
  readonly preserveNullValues?: boolean | cdktf.IResolvable;
  /**
  * Host name or IP address of the Redis server, e.g. redis.internal.example.com (config key "redis.host.user.defined"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#redis_host SourceRedis#redis_host}
  */
  readonly redisHost: string;
  /**
  * Pattern of the keys to watch, e.g. user:* or order:* (* for all keys) (config key "redis.keys.pattern.user.defined"). Text. Defaults to "*".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#redis_keys_pattern SourceRedis#redis_keys_pattern}
  */
  readonly redisKeysPattern?: string;
  /**
  * How long the key watcher may be idle before the connector stops, in seconds (config key "redis.keys.timeout.seconds.user.defined"). A whole number from 60 to 3600. Defaults to 300.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#redis_keys_timeout_seconds SourceRedis#redis_keys_timeout_seconds}
  */
  readonly redisKeysTimeoutSeconds?: number;
  /**
  * Password of the Redis server or user (config key "redis.password"). Text. Optional; when left out it is not sent and Streamkap's own default applies. Secret: hidden in plans and logs; Streamkap never returns it, so Terraform keeps the configured value.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#redis_password SourceRedis#redis_password}
  */
  readonly redisPassword?: string;
  /**
  * Port of the Redis server (config key "redis.port.user.defined"). A whole number. Defaults to 6379.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#redis_port SourceRedis#redis_port}
  */
  readonly redisPort?: number;
  /**
  * How long one read waits for new stream entries, in seconds (config key "redis.stream.block.seconds.user.defined"). A whole number from 1 to 60. Defaults to 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#redis_stream_block_seconds SourceRedis#redis_stream_block_seconds}
  */
  readonly redisStreamBlockSeconds?: number;
  /**
  * Consumer group that the stream readers share (config key "redis.stream.consumer.group"). Text. Defaults to "kafka-consumer-group".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#redis_stream_consumer_group SourceRedis#redis_stream_consumer_group}
  */
  readonly redisStreamConsumerGroup?: string;
  /**
  * Base name of the stream readers in that group (config key "redis.stream.consumer.name.user.defined"). Text. Defaults to "consumer".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#redis_stream_consumer_name SourceRedis#redis_stream_consumer_name}
  */
  readonly redisStreamConsumerName?: string;
  /**
  * Delivery guarantee for stream entries (config key "redis.stream.delivery.user.defined"). Text. One of "At Least Once", "At Most Once". Defaults to "At Least Once".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#redis_stream_delivery SourceRedis#redis_stream_delivery}
  */
  readonly redisStreamDelivery?: string;
  /**
  * Name of the Redis stream to read, e.g. orders (config key "redis.stream.name"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#redis_stream_name SourceRedis#redis_stream_name}
  */
  readonly redisStreamName?: string;
  /**
  * Where reading a stream starts: Latest (new entries only) or Earliest (from the start) (config key "redis.stream.offset.user.defined"). Text. One of "Latest", "Earliest". Defaults to "Latest".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#redis_stream_offset SourceRedis#redis_stream_offset}
  */
  readonly redisStreamOffset?: string;
  /**
  * Redis user (Redis 6 and later ACL); leave it out on a server without ACL users (config key "redis.username"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#redis_username SourceRedis#redis_username}
  */
  readonly redisUsername?: string;
  /**
  * Whether the connection to Redis uses TLS (config key "ssl.enabled"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#ssl_enabled SourceRedis#ssl_enabled}
  */
  readonly sslEnabled?: boolean | cdktf.IResolvable;
  /**
  * Ids of the source's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#tags SourceRedis#tags}
  */
  readonly tags?: string[];
  /**
  * Most Kafka Connect tasks the connector runs in parallel (up to 10 for Stream; always 1 for Keys) (config key "tasks.max"). A whole number from 1 to 10. Defaults to 1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#tasks_max SourceRedis#tasks_max}
  */
  readonly tasksMax?: number;
  /**
  * Kafka topic the records are written to, e.g. orders (config key "topic.user.defined"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#topic SourceRedis#topic}
  */
  readonly topic?: string;
  /**
  * Whether the stream's name is used as the Kafka topic's name (Stream type only) (config key "topic.use.stream.name"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#topic_use_stream_name SourceRedis#topic_use_stream_name}
  */
  readonly topicUseStreamName?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated list of columns it never shortens, as table.column (config key "transforms.OversizedRecords.fields.exclude.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#transforms_oversized_records_fields_exclude_list SourceRedis#transforms_oversized_records_fields_exclude_list}
  */
  readonly transformsOversizedRecordsFieldsExcludeList?: string;
  /**
  * Oversized-record handling: comma-separated list of the only columns it may shorten, as table.column (wildcards such as orders.* allowed; leave primary key columns out) (config key "transforms.OversizedRecords.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#transforms_oversized_records_fields_include_list SourceRedis#transforms_oversized_records_fields_include_list}
  */
  readonly transformsOversizedRecordsFieldsIncludeList?: string;
  /**
  * Oversized-record handling: largest value of one field, in bytes; a larger value is truncated or set to null (config key "transforms.OversizedRecords.max.field.size.bytes"). A whole number from 1048576 to 104857600. Defaults to 1048576.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#transforms_oversized_records_max_field_size_bytes SourceRedis#transforms_oversized_records_max_field_size_bytes}
  */
  readonly transformsOversizedRecordsMaxFieldSizeBytes?: number;
  /**
  * Oversized-record handling: record size, in bytes, above which a warning is logged (records are never dropped); -1 turns the check off (config key "transforms.OversizedRecords.max.record.size.bytes"). A whole number from -1 to 104857600. Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#transforms_oversized_records_max_record_size_bytes SourceRedis#transforms_oversized_records_max_record_size_bytes}
  */
  readonly transformsOversizedRecordsMaxRecordSizeBytes?: number;
  /**
  * Oversized-record handling: what happens to a value over the limit: TRUNCATE cuts it to the limit, NULLIFY sets it to null (config key "transforms.OversizedRecords.oversized.field.behavior"). Text. One of "TRUNCATE", "NULLIFY". Defaults to "TRUNCATE".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#transforms_oversized_records_oversized_field_behavior SourceRedis#transforms_oversized_records_oversized_field_behavior}
  */
  readonly transformsOversizedRecordsOversizedFieldBehavior?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.OversizedRecords.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#transforms_oversized_records_replace_null_with_default SourceRedis#transforms_oversized_records_replace_null_with_default}
  */
  readonly transformsOversizedRecordsReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * Oversized-record handling: comma-separated column types never shortened, e.g. io.debezium.data.Json (config key "transforms.OversizedRecords.semantic.types.exclude"). Text. Defaults to "io.debezium.data.Json,io.debezium.data.Xml".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#transforms_oversized_records_semantic_types_exclude SourceRedis#transforms_oversized_records_semantic_types_exclude}
  */
  readonly transformsOversizedRecordsSemanticTypesExclude?: string;
  /**
  * Oversized-record handling: text appended to a truncated value, e.g. ...[TRUNCATED] (empty: none) (config key "transforms.OversizedRecords.truncation.suffix"). Text. Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#transforms_oversized_records_truncation_suffix SourceRedis#transforms_oversized_records_truncation_suffix}
  */
  readonly transformsOversizedRecordsTruncationSuffix?: string;
  /**
  * Comma-separated list of columns copied from each record's value into its key, as table.column, e.g. orders.customer_id (config key "transforms.ValueToKey.fields.include.list"). Text. Optional; when left out it is not sent and Streamkap's own default applies.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#transforms_value_to_key_fields_include_list SourceRedis#transforms_value_to_key_fields_include_list}
  */
  readonly transformsValueToKeyFieldsIncludeList?: string;
  /**
  * Whether a null field takes its schema default value; false keeps the nulls set in the source (config key "transforms.ValueToKey.replace.null.with.default"). True or false. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#transforms_value_to_key_replace_null_with_default SourceRedis#transforms_value_to_key_replace_null_with_default}
  */
  readonly transformsValueToKeyReplaceNullWithDefault?: boolean | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#timeouts SourceRedis#timeouts}
  */
  readonly timeouts?: SourceRedisTimeouts;
}
export interface SourceRedisTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#create SourceRedis#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#delete SourceRedis#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#update SourceRedis#update}
  */
  readonly update?: string;
}

export function sourceRedisTimeoutsToTerraform(struct?: SourceRedisTimeouts | cdktf.IResolvable): any {
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


export function sourceRedisTimeoutsToHclTerraform(struct?: SourceRedisTimeouts | cdktf.IResolvable): any {
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

export class SourceRedisTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceRedisTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: SourceRedisTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis streamkap_source_redis}
*/
export class SourceRedis extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_source_redis";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SourceRedis resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SourceRedis to import
  * @param importFromId The id of the existing SourceRedis that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SourceRedis to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_source_redis", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_redis streamkap_source_redis} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SourceRedisConfig
  */
  public constructor(scope: Construct, id: string, config: SourceRedisConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_source_redis',
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
    this._connectorClassType = config.connectorClassType;
    this._desiredState = config.desiredState;
    this._insertTopicNameEnabled = config.insertTopicNameEnabled;
    this._mode = config.mode;
    this._name = config.name;
    this._preserveNullValues = config.preserveNullValues;
    this._redisHost = config.redisHost;
    this._redisKeysPattern = config.redisKeysPattern;
    this._redisKeysTimeoutSeconds = config.redisKeysTimeoutSeconds;
    this._redisPassword = config.redisPassword;
    this._redisPort = config.redisPort;
    this._redisStreamBlockSeconds = config.redisStreamBlockSeconds;
    this._redisStreamConsumerGroup = config.redisStreamConsumerGroup;
    this._redisStreamConsumerName = config.redisStreamConsumerName;
    this._redisStreamDelivery = config.redisStreamDelivery;
    this._redisStreamName = config.redisStreamName;
    this._redisStreamOffset = config.redisStreamOffset;
    this._redisUsername = config.redisUsername;
    this._sslEnabled = config.sslEnabled;
    this._tags = config.tags;
    this._tasksMax = config.tasksMax;
    this._topic = config.topic;
    this._topicUseStreamName = config.topicUseStreamName;
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

  // connector_class_type - computed: true, optional: true, required: false
  private _connectorClassType?: string; 
  public get connectorClassType() {
    return this.getStringAttribute('connector_class_type');
  }
  public set connectorClassType(value: string) {
    this._connectorClassType = value;
  }
  public resetConnectorClassType() {
    this._connectorClassType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorClassTypeInput() {
    return this._connectorClassType;
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

  // mode - computed: true, optional: true, required: false
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
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

  // redis_host - computed: false, optional: false, required: true
  private _redisHost?: string; 
  public get redisHost() {
    return this.getStringAttribute('redis_host');
  }
  public set redisHost(value: string) {
    this._redisHost = value;
  }
  // Temporarily expose input value. Use with caution.
  public get redisHostInput() {
    return this._redisHost;
  }

  // redis_keys_pattern - computed: true, optional: true, required: false
  private _redisKeysPattern?: string; 
  public get redisKeysPattern() {
    return this.getStringAttribute('redis_keys_pattern');
  }
  public set redisKeysPattern(value: string) {
    this._redisKeysPattern = value;
  }
  public resetRedisKeysPattern() {
    this._redisKeysPattern = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redisKeysPatternInput() {
    return this._redisKeysPattern;
  }

  // redis_keys_timeout_seconds - computed: true, optional: true, required: false
  private _redisKeysTimeoutSeconds?: number; 
  public get redisKeysTimeoutSeconds() {
    return this.getNumberAttribute('redis_keys_timeout_seconds');
  }
  public set redisKeysTimeoutSeconds(value: number) {
    this._redisKeysTimeoutSeconds = value;
  }
  public resetRedisKeysTimeoutSeconds() {
    this._redisKeysTimeoutSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redisKeysTimeoutSecondsInput() {
    return this._redisKeysTimeoutSeconds;
  }

  // redis_password - computed: false, optional: true, required: false
  private _redisPassword?: string; 
  public get redisPassword() {
    return this.getStringAttribute('redis_password');
  }
  public set redisPassword(value: string) {
    this._redisPassword = value;
  }
  public resetRedisPassword() {
    this._redisPassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redisPasswordInput() {
    return this._redisPassword;
  }

  // redis_port - computed: true, optional: true, required: false
  private _redisPort?: number; 
  public get redisPort() {
    return this.getNumberAttribute('redis_port');
  }
  public set redisPort(value: number) {
    this._redisPort = value;
  }
  public resetRedisPort() {
    this._redisPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redisPortInput() {
    return this._redisPort;
  }

  // redis_stream_block_seconds - computed: true, optional: true, required: false
  private _redisStreamBlockSeconds?: number; 
  public get redisStreamBlockSeconds() {
    return this.getNumberAttribute('redis_stream_block_seconds');
  }
  public set redisStreamBlockSeconds(value: number) {
    this._redisStreamBlockSeconds = value;
  }
  public resetRedisStreamBlockSeconds() {
    this._redisStreamBlockSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redisStreamBlockSecondsInput() {
    return this._redisStreamBlockSeconds;
  }

  // redis_stream_consumer_group - computed: true, optional: true, required: false
  private _redisStreamConsumerGroup?: string; 
  public get redisStreamConsumerGroup() {
    return this.getStringAttribute('redis_stream_consumer_group');
  }
  public set redisStreamConsumerGroup(value: string) {
    this._redisStreamConsumerGroup = value;
  }
  public resetRedisStreamConsumerGroup() {
    this._redisStreamConsumerGroup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redisStreamConsumerGroupInput() {
    return this._redisStreamConsumerGroup;
  }

  // redis_stream_consumer_name - computed: true, optional: true, required: false
  private _redisStreamConsumerName?: string; 
  public get redisStreamConsumerName() {
    return this.getStringAttribute('redis_stream_consumer_name');
  }
  public set redisStreamConsumerName(value: string) {
    this._redisStreamConsumerName = value;
  }
  public resetRedisStreamConsumerName() {
    this._redisStreamConsumerName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redisStreamConsumerNameInput() {
    return this._redisStreamConsumerName;
  }

  // redis_stream_delivery - computed: true, optional: true, required: false
  private _redisStreamDelivery?: string; 
  public get redisStreamDelivery() {
    return this.getStringAttribute('redis_stream_delivery');
  }
  public set redisStreamDelivery(value: string) {
    this._redisStreamDelivery = value;
  }
  public resetRedisStreamDelivery() {
    this._redisStreamDelivery = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redisStreamDeliveryInput() {
    return this._redisStreamDelivery;
  }

  // redis_stream_name - computed: false, optional: true, required: false
  private _redisStreamName?: string; 
  public get redisStreamName() {
    return this.getStringAttribute('redis_stream_name');
  }
  public set redisStreamName(value: string) {
    this._redisStreamName = value;
  }
  public resetRedisStreamName() {
    this._redisStreamName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redisStreamNameInput() {
    return this._redisStreamName;
  }

  // redis_stream_offset - computed: true, optional: true, required: false
  private _redisStreamOffset?: string; 
  public get redisStreamOffset() {
    return this.getStringAttribute('redis_stream_offset');
  }
  public set redisStreamOffset(value: string) {
    this._redisStreamOffset = value;
  }
  public resetRedisStreamOffset() {
    this._redisStreamOffset = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redisStreamOffsetInput() {
    return this._redisStreamOffset;
  }

  // redis_username - computed: false, optional: true, required: false
  private _redisUsername?: string; 
  public get redisUsername() {
    return this.getStringAttribute('redis_username');
  }
  public set redisUsername(value: string) {
    this._redisUsername = value;
  }
  public resetRedisUsername() {
    this._redisUsername = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redisUsernameInput() {
    return this._redisUsername;
  }

  // ssl_enabled - computed: true, optional: true, required: false
  private _sslEnabled?: boolean | cdktf.IResolvable; 
  public get sslEnabled() {
    return this.getBooleanAttribute('ssl_enabled');
  }
  public set sslEnabled(value: boolean | cdktf.IResolvable) {
    this._sslEnabled = value;
  }
  public resetSslEnabled() {
    this._sslEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sslEnabledInput() {
    return this._sslEnabled;
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

  // topic - computed: false, optional: true, required: false
  private _topic?: string; 
  public get topic() {
    return this.getStringAttribute('topic');
  }
  public set topic(value: string) {
    this._topic = value;
  }
  public resetTopic() {
    this._topic = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topicInput() {
    return this._topic;
  }

  // topic_use_stream_name - computed: true, optional: true, required: false
  private _topicUseStreamName?: boolean | cdktf.IResolvable; 
  public get topicUseStreamName() {
    return this.getBooleanAttribute('topic_use_stream_name');
  }
  public set topicUseStreamName(value: boolean | cdktf.IResolvable) {
    this._topicUseStreamName = value;
  }
  public resetTopicUseStreamName() {
    this._topicUseStreamName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topicUseStreamNameInput() {
    return this._topicUseStreamName;
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
  private _timeouts = new SourceRedisTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: SourceRedisTimeouts) {
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
      connector_class_type: cdktf.stringToTerraform(this._connectorClassType),
      desired_state: cdktf.stringToTerraform(this._desiredState),
      insert_topic_name_enabled: cdktf.booleanToTerraform(this._insertTopicNameEnabled),
      mode: cdktf.stringToTerraform(this._mode),
      name: cdktf.stringToTerraform(this._name),
      preserve_null_values: cdktf.booleanToTerraform(this._preserveNullValues),
      redis_host: cdktf.stringToTerraform(this._redisHost),
      redis_keys_pattern: cdktf.stringToTerraform(this._redisKeysPattern),
      redis_keys_timeout_seconds: cdktf.numberToTerraform(this._redisKeysTimeoutSeconds),
      redis_password: cdktf.stringToTerraform(this._redisPassword),
      redis_port: cdktf.numberToTerraform(this._redisPort),
      redis_stream_block_seconds: cdktf.numberToTerraform(this._redisStreamBlockSeconds),
      redis_stream_consumer_group: cdktf.stringToTerraform(this._redisStreamConsumerGroup),
      redis_stream_consumer_name: cdktf.stringToTerraform(this._redisStreamConsumerName),
      redis_stream_delivery: cdktf.stringToTerraform(this._redisStreamDelivery),
      redis_stream_name: cdktf.stringToTerraform(this._redisStreamName),
      redis_stream_offset: cdktf.stringToTerraform(this._redisStreamOffset),
      redis_username: cdktf.stringToTerraform(this._redisUsername),
      ssl_enabled: cdktf.booleanToTerraform(this._sslEnabled),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      tasks_max: cdktf.numberToTerraform(this._tasksMax),
      topic: cdktf.stringToTerraform(this._topic),
      topic_use_stream_name: cdktf.booleanToTerraform(this._topicUseStreamName),
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
      timeouts: sourceRedisTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      connector_class_type: {
        value: cdktf.stringToHclTerraform(this._connectorClassType),
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
      mode: {
        value: cdktf.stringToHclTerraform(this._mode),
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
      preserve_null_values: {
        value: cdktf.booleanToHclTerraform(this._preserveNullValues),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      redis_host: {
        value: cdktf.stringToHclTerraform(this._redisHost),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      redis_keys_pattern: {
        value: cdktf.stringToHclTerraform(this._redisKeysPattern),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      redis_keys_timeout_seconds: {
        value: cdktf.numberToHclTerraform(this._redisKeysTimeoutSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      redis_password: {
        value: cdktf.stringToHclTerraform(this._redisPassword),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      redis_port: {
        value: cdktf.numberToHclTerraform(this._redisPort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      redis_stream_block_seconds: {
        value: cdktf.numberToHclTerraform(this._redisStreamBlockSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      redis_stream_consumer_group: {
        value: cdktf.stringToHclTerraform(this._redisStreamConsumerGroup),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      redis_stream_consumer_name: {
        value: cdktf.stringToHclTerraform(this._redisStreamConsumerName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      redis_stream_delivery: {
        value: cdktf.stringToHclTerraform(this._redisStreamDelivery),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      redis_stream_name: {
        value: cdktf.stringToHclTerraform(this._redisStreamName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      redis_stream_offset: {
        value: cdktf.stringToHclTerraform(this._redisStreamOffset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      redis_username: {
        value: cdktf.stringToHclTerraform(this._redisUsername),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ssl_enabled: {
        value: cdktf.booleanToHclTerraform(this._sslEnabled),
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
      topic: {
        value: cdktf.stringToHclTerraform(this._topic),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      topic_use_stream_name: {
        value: cdktf.booleanToHclTerraform(this._topicUseStreamName),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
        value: sourceRedisTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceRedisTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
