// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topics
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataStreamkapTopicsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Only topics of these sources, transforms or destinations (by id).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topics#entity_ids DataStreamkapTopics#entity_ids}
  */
  readonly entityIds?: string[];
  /**
  * Only topics of this kind of entity: sources, transforms, destinations.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topics#entity_type DataStreamkapTopics#entity_type}
  */
  readonly entityType?: string;
}
export interface DataStreamkapTopicsTopicsSerialization {
}

export function dataStreamkapTopicsTopicsSerializationToTerraform(struct?: DataStreamkapTopicsTopicsSerialization): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataStreamkapTopicsTopicsSerializationToHclTerraform(struct?: DataStreamkapTopicsTopicsSerialization): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataStreamkapTopicsTopicsSerializationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DataStreamkapTopicsTopicsSerialization | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataStreamkapTopicsTopicsSerialization | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // key_converter - computed: true, optional: false, required: false
  public get keyConverter() {
    return this.getStringAttribute('key_converter');
  }

  // key_format - computed: true, optional: false, required: false
  public get keyFormat() {
    return this.getStringAttribute('key_format');
  }

  // schema_registry_enabled - computed: true, optional: false, required: false
  public get schemaRegistryEnabled() {
    return this.getBooleanAttribute('schema_registry_enabled');
  }

  // value_converter - computed: true, optional: false, required: false
  public get valueConverter() {
    return this.getStringAttribute('value_converter');
  }

  // value_format - computed: true, optional: false, required: false
  public get valueFormat() {
    return this.getStringAttribute('value_format');
  }
}
export interface DataStreamkapTopicsTopics {
}

export function dataStreamkapTopicsTopicsToTerraform(struct?: DataStreamkapTopicsTopics): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataStreamkapTopicsTopicsToHclTerraform(struct?: DataStreamkapTopicsTopics): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataStreamkapTopicsTopicsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataStreamkapTopicsTopics | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataStreamkapTopicsTopics | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // entity_id - computed: true, optional: false, required: false
  public get entityId() {
    return this.getStringAttribute('entity_id');
  }

  // entity_name - computed: true, optional: false, required: false
  public get entityName() {
    return this.getStringAttribute('entity_name');
  }

  // entity_type - computed: true, optional: false, required: false
  public get entityType() {
    return this.getStringAttribute('entity_type');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // messages_30d - computed: true, optional: false, required: false
  public get messages30D() {
    return this.getNumberAttribute('messages_30d');
  }

  // messages_7d - computed: true, optional: false, required: false
  public get messages7D() {
    return this.getNumberAttribute('messages_7d');
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }

  // prefix - computed: true, optional: false, required: false
  public get prefix() {
    return this.getStringAttribute('prefix');
  }

  // serialization - computed: true, optional: false, required: false
  private _serialization = new DataStreamkapTopicsTopicsSerializationOutputReference(this, "serialization");
  public get serialization() {
    return this._serialization;
  }
}

export class DataStreamkapTopicsTopicsList extends cdktf.ComplexList {

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
  public get(index: number): DataStreamkapTopicsTopicsOutputReference {
    return new DataStreamkapTopicsTopicsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topics streamkap_topics}
*/
export class DataStreamkapTopics extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_topics";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataStreamkapTopics resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataStreamkapTopics to import
  * @param importFromId The id of the existing DataStreamkapTopics that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topics#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataStreamkapTopics to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_topics", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/data-sources/topics streamkap_topics} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataStreamkapTopicsConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataStreamkapTopicsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'streamkap_topics',
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
    this._entityIds = config.entityIds;
    this._entityType = config.entityType;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // entity_ids - computed: false, optional: true, required: false
  private _entityIds?: string[]; 
  public get entityIds() {
    return this.getListAttribute('entity_ids');
  }
  public set entityIds(value: string[]) {
    this._entityIds = value;
  }
  public resetEntityIds() {
    this._entityIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get entityIdsInput() {
    return this._entityIds;
  }

  // entity_type - computed: false, optional: true, required: false
  private _entityType?: string; 
  public get entityType() {
    return this.getStringAttribute('entity_type');
  }
  public set entityType(value: string) {
    this._entityType = value;
  }
  public resetEntityType() {
    this._entityType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get entityTypeInput() {
    return this._entityType;
  }

  // topics - computed: true, optional: false, required: false
  private _topics = new DataStreamkapTopicsTopicsList(this, "topics", false);
  public get topics() {
    return this._topics;
  }

  // total - computed: true, optional: false, required: false
  public get total() {
    return this.getNumberAttribute('total');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      entity_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._entityIds),
      entity_type: cdktf.stringToTerraform(this._entityType),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      entity_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._entityIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      entity_type: {
        value: cdktf.stringToHclTerraform(this._entityType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
