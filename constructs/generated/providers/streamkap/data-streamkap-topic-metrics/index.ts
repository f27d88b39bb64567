// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topic_metrics
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataStreamkapTopicMetricsConfig extends cdktf.TerraformMetaArguments {
  /**
  * The entities whose topics to measure, each with its topics.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topic_metrics#entities DataStreamkapTopicMetrics#entities}
  */
  readonly entities: DataStreamkapTopicMetricsEntities[] | cdktf.IResolvable;
  /**
  * Length of the period measured, in time_unit units; the API's default when left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topic_metrics#time_interval DataStreamkapTopicMetrics#time_interval}
  */
  readonly timeInterval?: number;
  /**
  * Unit of time_interval: one of "minutes", "hours", "days", "minute", "hour", "day", "week", "month".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topic_metrics#time_unit DataStreamkapTopicMetrics#time_unit}
  */
  readonly timeUnit?: string;
}
export interface DataStreamkapTopicMetricsEntities {
  /**
  * Connector of the entity, or its transform type, e.g. "postgresql", "snowflake", "map_filter".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topic_metrics#connector DataStreamkapTopicMetrics#connector}
  */
  readonly connector: string;
  /**
  * Kind of the entity: sources, transforms, destinations.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topic_metrics#entity_type DataStreamkapTopicMetrics#entity_type}
  */
  readonly entityType: string;
  /**
  * Id of the source, transform or destination.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topic_metrics#id DataStreamkapTopicMetrics#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
  /**
  * Record ids of the same topics (24 hexadecimal characters each), in the same order.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topic_metrics#topic_db_ids DataStreamkapTopicMetrics#topic_db_ids}
  */
  readonly topicDbIds: string[];
  /**
  * Ids of the entity's topics, e.g. source_<id>.public.orders.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topic_metrics#topic_ids DataStreamkapTopicMetrics#topic_ids}
  */
  readonly topicIds: string[];
}

export function dataStreamkapTopicMetricsEntitiesToTerraform(struct?: DataStreamkapTopicMetricsEntities | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    connector: cdktf.stringToTerraform(struct!.connector),
    entity_type: cdktf.stringToTerraform(struct!.entityType),
    id: cdktf.stringToTerraform(struct!.id),
    topic_db_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.topicDbIds),
    topic_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.topicIds),
  }
}


export function dataStreamkapTopicMetricsEntitiesToHclTerraform(struct?: DataStreamkapTopicMetricsEntities | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    connector: {
      value: cdktf.stringToHclTerraform(struct!.connector),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    entity_type: {
      value: cdktf.stringToHclTerraform(struct!.entityType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    topic_db_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.topicDbIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    topic_ids: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.topicIds),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataStreamkapTopicMetricsEntitiesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataStreamkapTopicMetricsEntities | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._connector !== undefined) {
      hasAnyValues = true;
      internalValueResult.connector = this._connector;
    }
    if (this._entityType !== undefined) {
      hasAnyValues = true;
      internalValueResult.entityType = this._entityType;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._topicDbIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.topicDbIds = this._topicDbIds;
    }
    if (this._topicIds !== undefined) {
      hasAnyValues = true;
      internalValueResult.topicIds = this._topicIds;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataStreamkapTopicMetricsEntities | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._connector = undefined;
      this._entityType = undefined;
      this._id = undefined;
      this._topicDbIds = undefined;
      this._topicIds = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._connector = value.connector;
      this._entityType = value.entityType;
      this._id = value.id;
      this._topicDbIds = value.topicDbIds;
      this._topicIds = value.topicIds;
    }
  }

  // connector - computed: false, optional: false, required: true
  private _connector?: string; 
  public get connector() {
    return this.getStringAttribute('connector');
  }
  public set connector(value: string) {
    this._connector = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorInput() {
    return this._connector;
  }

  // entity_type - computed: false, optional: false, required: true
  private _entityType?: string; 
  public get entityType() {
    return this.getStringAttribute('entity_type');
  }
  public set entityType(value: string) {
    this._entityType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get entityTypeInput() {
    return this._entityType;
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // topic_db_ids - computed: false, optional: false, required: true
  private _topicDbIds?: string[]; 
  public get topicDbIds() {
    return this.getListAttribute('topic_db_ids');
  }
  public set topicDbIds(value: string[]) {
    this._topicDbIds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get topicDbIdsInput() {
    return this._topicDbIds;
  }

  // topic_ids - computed: false, optional: false, required: true
  private _topicIds?: string[]; 
  public get topicIds() {
    return this.getListAttribute('topic_ids');
  }
  public set topicIds(value: string[]) {
    this._topicIds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get topicIdsInput() {
    return this._topicIds;
  }
}

export class DataStreamkapTopicMetricsEntitiesList extends cdktf.ComplexList {
  public internalValue? : DataStreamkapTopicMetricsEntities[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataStreamkapTopicMetricsEntitiesOutputReference {
    return new DataStreamkapTopicMetricsEntitiesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataStreamkapTopicMetricsResults {
}

export function dataStreamkapTopicMetricsResultsToTerraform(struct?: DataStreamkapTopicMetricsResults): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataStreamkapTopicMetricsResultsToHclTerraform(struct?: DataStreamkapTopicMetricsResults): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataStreamkapTopicMetricsResultsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataStreamkapTopicMetricsResults | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataStreamkapTopicMetricsResults | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // avg_latency_ms - computed: true, optional: false, required: false
  public get avgLatencyMs() {
    return this.getNumberAttribute('avg_latency_ms');
  }

  // bytes_in - computed: true, optional: false, required: false
  public get bytesIn() {
    return this.getNumberAttribute('bytes_in');
  }

  // bytes_out - computed: true, optional: false, required: false
  public get bytesOut() {
    return this.getNumberAttribute('bytes_out');
  }

  // entity_id - computed: true, optional: false, required: false
  public get entityId() {
    return this.getStringAttribute('entity_id');
  }

  // lag - computed: true, optional: false, required: false
  public get lag() {
    return this.getNumberAttribute('lag');
  }

  // messages_in - computed: true, optional: false, required: false
  public get messagesIn() {
    return this.getNumberAttribute('messages_in');
  }

  // messages_out - computed: true, optional: false, required: false
  public get messagesOut() {
    return this.getNumberAttribute('messages_out');
  }

  // topic_id - computed: true, optional: false, required: false
  public get topicId() {
    return this.getStringAttribute('topic_id');
  }
}

export class DataStreamkapTopicMetricsResultsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataStreamkapTopicMetricsResultsOutputReference {
    return new DataStreamkapTopicMetricsResultsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topic_metrics streamkap_topic_metrics}
*/
export class DataStreamkapTopicMetrics extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_topic_metrics";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataStreamkapTopicMetrics resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataStreamkapTopicMetrics to import
  * @param importFromId The id of the existing DataStreamkapTopicMetrics that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topic_metrics#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataStreamkapTopicMetrics to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_topic_metrics", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topic_metrics streamkap_topic_metrics} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataStreamkapTopicMetricsConfig
  */
  public constructor(scope: Construct, id: string, config: DataStreamkapTopicMetricsConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_topic_metrics',
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
    this._entities.internalValue = config.entities;
    this._timeInterval = config.timeInterval;
    this._timeUnit = config.timeUnit;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // entities - computed: false, optional: false, required: true
  private _entities = new DataStreamkapTopicMetricsEntitiesList(this, "entities", false);
  public get entities() {
    return this._entities;
  }
  public putEntities(value: DataStreamkapTopicMetricsEntities[] | cdktf.IResolvable) {
    this._entities.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get entitiesInput() {
    return this._entities.internalValue;
  }

  // results - computed: true, optional: false, required: false
  private _results = new DataStreamkapTopicMetricsResultsList(this, "results", false);
  public get results() {
    return this._results;
  }

  // time_interval - computed: false, optional: true, required: false
  private _timeInterval?: number; 
  public get timeInterval() {
    return this.getNumberAttribute('time_interval');
  }
  public set timeInterval(value: number) {
    this._timeInterval = value;
  }
  public resetTimeInterval() {
    this._timeInterval = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeIntervalInput() {
    return this._timeInterval;
  }

  // time_unit - computed: false, optional: true, required: false
  private _timeUnit?: string; 
  public get timeUnit() {
    return this.getStringAttribute('time_unit');
  }
  public set timeUnit(value: string) {
    this._timeUnit = value;
  }
  public resetTimeUnit() {
    this._timeUnit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeUnitInput() {
    return this._timeUnit;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      entities: cdktf.listMapper(dataStreamkapTopicMetricsEntitiesToTerraform, false)(this._entities.internalValue),
      time_interval: cdktf.numberToTerraform(this._timeInterval),
      time_unit: cdktf.stringToTerraform(this._timeUnit),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      entities: {
        value: cdktf.listMapperHcl(dataStreamkapTopicMetricsEntitiesToHclTerraform, false)(this._entities.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataStreamkapTopicMetricsEntitiesList",
      },
      time_interval: {
        value: cdktf.numberToHclTerraform(this._timeInterval),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      time_unit: {
        value: cdktf.stringToHclTerraform(this._timeUnit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
