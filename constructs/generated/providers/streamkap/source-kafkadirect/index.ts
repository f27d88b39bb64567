// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SourceKafkadirectConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether the connector should run: one of Active, Paused, Stopped. Default: Active. Changing it pauses, resumes or stops the connector in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#desired_state SourceKafkadirect#desired_state}
  */
  readonly desiredState?: string;
  /**
  * Serialization of the data written to the topics (config key "format"). Text. One of "json", "string", "avro". Defaults to "string".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#format SourceKafkadirect#format}
  */
  readonly format?: string;
  /**
  * Former name of format; sets the same "format" setting. Use format instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#kafka_format SourceKafkadirect#kafka_format}
  */
  readonly kafkaFormat?: string;
  /**
  * Name of the source, unique among the sources of the Streamkap account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#name SourceKafkadirect#name}
  */
  readonly name: string;
  /**
  * Whether the records' keys and values carry schema and payload parts; when false, Streamkap infers the schema from the data (depending on the destination) (config key "schemas.enable"). True or false. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#schemas_enable SourceKafkadirect#schemas_enable}
  */
  readonly schemasEnable?: boolean | cdktf.IResolvable;
  /**
  * Ids of the source's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#tags SourceKafkadirect#tags}
  */
  readonly tags?: string[];
  /**
  * Comma-separated list of the topics to sync, e.g. orders,payments (config key "topic.include.list.user.defined"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#topic_include_list SourceKafkadirect#topic_include_list}
  */
  readonly topicIncludeList: string;
  /**
  * Prefix of the source's topic names, e.g. cdc (config key "topic.prefix"). Text. Required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#topic_prefix SourceKafkadirect#topic_prefix}
  */
  readonly topicPrefix: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#timeouts SourceKafkadirect#timeouts}
  */
  readonly timeouts?: SourceKafkadirectTimeouts;
}
export interface SourceKafkadirectTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#create SourceKafkadirect#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#delete SourceKafkadirect#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#update SourceKafkadirect#update}
  */
  readonly update?: string;
}

export function sourceKafkadirectTimeoutsToTerraform(struct?: SourceKafkadirectTimeouts | cdktf.IResolvable): any {
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


export function sourceKafkadirectTimeoutsToHclTerraform(struct?: SourceKafkadirectTimeouts | cdktf.IResolvable): any {
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

export class SourceKafkadirectTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): SourceKafkadirectTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: SourceKafkadirectTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect streamkap_source_kafkadirect}
*/
export class SourceKafkadirect extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_source_kafkadirect";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SourceKafkadirect resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SourceKafkadirect to import
  * @param importFromId The id of the existing SourceKafkadirect that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SourceKafkadirect to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_source_kafkadirect", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/source_kafkadirect streamkap_source_kafkadirect} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SourceKafkadirectConfig
  */
  public constructor(scope: Construct, id: string, config: SourceKafkadirectConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_source_kafkadirect',
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
    this._desiredState = config.desiredState;
    this._format = config.format;
    this._kafkaFormat = config.kafkaFormat;
    this._name = config.name;
    this._schemasEnable = config.schemasEnable;
    this._tags = config.tags;
    this._topicIncludeList = config.topicIncludeList;
    this._topicPrefix = config.topicPrefix;
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

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // kafka_format - computed: false, optional: true, required: false
  private _kafkaFormat?: string; 
  public get kafkaFormat() {
    return this.getStringAttribute('kafka_format');
  }
  public set kafkaFormat(value: string) {
    this._kafkaFormat = value;
  }
  public resetKafkaFormat() {
    this._kafkaFormat = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kafkaFormatInput() {
    return this._kafkaFormat;
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

  // schemas_enable - computed: true, optional: true, required: false
  private _schemasEnable?: boolean | cdktf.IResolvable; 
  public get schemasEnable() {
    return this.getBooleanAttribute('schemas_enable');
  }
  public set schemasEnable(value: boolean | cdktf.IResolvable) {
    this._schemasEnable = value;
  }
  public resetSchemasEnable() {
    this._schemasEnable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schemasEnableInput() {
    return this._schemasEnable;
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

  // topic_include_list - computed: false, optional: false, required: true
  private _topicIncludeList?: string; 
  public get topicIncludeList() {
    return this.getStringAttribute('topic_include_list');
  }
  public set topicIncludeList(value: string) {
    this._topicIncludeList = value;
  }
  // Temporarily expose input value. Use with caution.
  public get topicIncludeListInput() {
    return this._topicIncludeList;
  }

  // topic_prefix - computed: false, optional: false, required: true
  private _topicPrefix?: string; 
  public get topicPrefix() {
    return this.getStringAttribute('topic_prefix');
  }
  public set topicPrefix(value: string) {
    this._topicPrefix = value;
  }
  // Temporarily expose input value. Use with caution.
  public get topicPrefixInput() {
    return this._topicPrefix;
  }

  // topics - computed: true, optional: false, required: false
  public get topics() {
    return this.getListAttribute('topics');
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new SourceKafkadirectTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: SourceKafkadirectTimeouts) {
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
      desired_state: cdktf.stringToTerraform(this._desiredState),
      format: cdktf.stringToTerraform(this._format),
      kafka_format: cdktf.stringToTerraform(this._kafkaFormat),
      name: cdktf.stringToTerraform(this._name),
      schemas_enable: cdktf.booleanToTerraform(this._schemasEnable),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      topic_include_list: cdktf.stringToTerraform(this._topicIncludeList),
      topic_prefix: cdktf.stringToTerraform(this._topicPrefix),
      timeouts: sourceKafkadirectTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
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
      kafka_format: {
        value: cdktf.stringToHclTerraform(this._kafkaFormat),
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
      schemas_enable: {
        value: cdktf.booleanToHclTerraform(this._schemasEnable),
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
      topic_prefix: {
        value: cdktf.stringToHclTerraform(this._topicPrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: sourceKafkadirectTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "SourceKafkadirectTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
