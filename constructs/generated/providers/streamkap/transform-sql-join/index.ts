// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface TransformSqlJoinConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether to deploy the transform's job after each create or update that changes it. When true, the apply waits until the job is RUNNING (within timeouts) and fails with the job's reason if it fails. False never stops a running job. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#deploy TransformSqlJoin#deploy}
  */
  readonly deploy?: boolean | cdktf.IResolvable;
  /**
  * The transform's implementation as a JSON document (jsonencode({...})); for a sql_join transform the keys inputTables, joinSQL, keyFields (optional). Checked when planning. Whitespace and key order do not matter. When left out, the implementation is managed in Streamkap's app and read back; when set, a change made outside Terraform shows as drift.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#implementation_json TransformSqlJoin#implementation_json}
  */
  readonly implementationJson?: string;
  /**
  * Name of the transform, unique among the transforms of the Streamkap account. Renaming updates it in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#name TransformSqlJoin#name}
  */
  readonly name: string;
  /**
  * How much history a deploy reprocesses: one of "7d", "3d", "24h", "10m", "0" ("0" continues from where the job stopped). Used only when deploy is true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#replay_window TransformSqlJoin#replay_window}
  */
  readonly replayWindow?: string;
  /**
  * Ids of the transform's tags (streamkap_tag.<name>.id). When left out, the tags Streamkap has are kept.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#tags TransformSqlJoin#tags}
  */
  readonly tags?: string[];
  /**
  * Number of parallel tasks for the job (config key "transforms.input.job.parallelism"). From 1 to 20. Defaults to 5.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#transforms_input_job_parallelism TransformSqlJoin#transforms_input_job_parallelism}
  */
  readonly transformsInputJobParallelism?: number;
  /**
  * Serialization of the input topics; Any lets the backend detect it (config key "transforms.input.serialization.format"). One of "Any", "Avro", "Json". Defaults to "Any".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#transforms_input_serialization_format TransformSqlJoin#transforms_input_serialization_format}
  */
  readonly transformsInputSerializationFormat?: string;
  /**
  * Regular expression selecting the input topics the job reads. The default is a literal placeholder string, not a generated value: it is sent as-is and matches no real topic (config key "transforms.input.topic.pattern"). Defaults to the placeholder "placeholder-input-topic-pattern-to-be-revised-during-implementation", which matches no topic: set it before deploying.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#transforms_input_topic_pattern TransformSqlJoin#transforms_input_topic_pattern}
  */
  readonly transformsInputTopicPattern?: string;
  /**
  * Language of the implementation; only SQL (config key "transforms.language"). One of "SQL". Defaults to "SQL".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#transforms_language TransformSqlJoin#transforms_language}
  */
  readonly transformsLanguage?: string;
  /**
  * Serialization written to the output topics; Any lets the backend decide (config key "transforms.output.serialization.format"). One of "Any", "Avro", "Json". Defaults to "Any".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#transforms_output_serialization_format TransformSqlJoin#transforms_output_serialization_format}
  */
  readonly transformsOutputSerializationFormat?: string;
  /**
  * Replacement pattern naming the output topic(s); examples use $0 for the whole matched input name (e.g. 'filtered-$0'). The default is a literal placeholder string sent as-is (config key "transforms.output.topic.pattern"). Defaults to the placeholder "placeholder-output-replacement-pattern-to-be-revised-during-implementation", which matches no topic: set it before deploying.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#transforms_output_topic_pattern TransformSqlJoin#transforms_output_topic_pattern}
  */
  readonly transformsOutputTopicPattern?: string;
  /**
  * Join state time-to-live as a duration such as 3d, 10m, 2h or 30s. The empty default is sent as ""; no client-side format check (config key "transforms.topic.ttl"). Defaults to "".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#transforms_topic_ttl TransformSqlJoin#transforms_topic_ttl}
  */
  readonly transformsTopicTtl?: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#timeouts TransformSqlJoin#timeouts}
  */
  readonly timeouts?: TransformSqlJoinTimeouts;
}
export interface TransformSqlJoinTimeouts {
  /**
  * Time allowed for create. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#create TransformSqlJoin#create}
  */
  readonly create?: string;
  /**
  * Time allowed for delete. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#delete TransformSqlJoin#delete}
  */
  readonly delete?: string;
  /**
  * Time allowed for update. Default: 20m.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#update TransformSqlJoin#update}
  */
  readonly update?: string;
}

export function transformSqlJoinTimeoutsToTerraform(struct?: TransformSqlJoinTimeouts | cdktf.IResolvable): any {
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


export function transformSqlJoinTimeoutsToHclTerraform(struct?: TransformSqlJoinTimeouts | cdktf.IResolvable): any {
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

export class TransformSqlJoinTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): TransformSqlJoinTimeouts | cdktf.IResolvable | undefined {
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

  public set internalValue(value: TransformSqlJoinTimeouts | cdktf.IResolvable | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join streamkap_transform_sql_join}
*/
export class TransformSqlJoin extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap_transform_sql_join";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a TransformSqlJoin resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the TransformSqlJoin to import
  * @param importFromId The id of the existing TransformSqlJoin that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the TransformSqlJoin to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap_transform_sql_join", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs/resources/transform_sql_join streamkap_transform_sql_join} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options TransformSqlJoinConfig
  */
  public constructor(scope: Construct, id: string, config: TransformSqlJoinConfig) {
    super(scope, id, {
      terraformResourceType: 'streamkap_transform_sql_join',
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
    this._deploy = config.deploy;
    this._implementationJson = config.implementationJson;
    this._name = config.name;
    this._replayWindow = config.replayWindow;
    this._tags = config.tags;
    this._transformsInputJobParallelism = config.transformsInputJobParallelism;
    this._transformsInputSerializationFormat = config.transformsInputSerializationFormat;
    this._transformsInputTopicPattern = config.transformsInputTopicPattern;
    this._transformsLanguage = config.transformsLanguage;
    this._transformsOutputSerializationFormat = config.transformsOutputSerializationFormat;
    this._transformsOutputTopicPattern = config.transformsOutputTopicPattern;
    this._transformsTopicTtl = config.transformsTopicTtl;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // connector_status - computed: true, optional: false, required: false
  public get connectorStatus() {
    return this.getStringAttribute('connector_status');
  }

  // deploy - computed: true, optional: true, required: false
  private _deploy?: boolean | cdktf.IResolvable; 
  public get deploy() {
    return this.getBooleanAttribute('deploy');
  }
  public set deploy(value: boolean | cdktf.IResolvable) {
    this._deploy = value;
  }
  public resetDeploy() {
    this._deploy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deployInput() {
    return this._deploy;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // implementation_json - computed: true, optional: true, required: false
  private _implementationJson?: string; 
  public get implementationJson() {
    return this.getStringAttribute('implementation_json');
  }
  public set implementationJson(value: string) {
    this._implementationJson = value;
  }
  public resetImplementationJson() {
    this._implementationJson = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get implementationJsonInput() {
    return this._implementationJson;
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

  // replay_window - computed: true, optional: true, required: false
  private _replayWindow?: string; 
  public get replayWindow() {
    return this.getStringAttribute('replay_window');
  }
  public set replayWindow(value: string) {
    this._replayWindow = value;
  }
  public resetReplayWindow() {
    this._replayWindow = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replayWindowInput() {
    return this._replayWindow;
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

  // transform_type - computed: true, optional: false, required: false
  public get transformType() {
    return this.getStringAttribute('transform_type');
  }

  // transforms_input_job_parallelism - computed: true, optional: true, required: false
  private _transformsInputJobParallelism?: number; 
  public get transformsInputJobParallelism() {
    return this.getNumberAttribute('transforms_input_job_parallelism');
  }
  public set transformsInputJobParallelism(value: number) {
    this._transformsInputJobParallelism = value;
  }
  public resetTransformsInputJobParallelism() {
    this._transformsInputJobParallelism = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInputJobParallelismInput() {
    return this._transformsInputJobParallelism;
  }

  // transforms_input_serialization_format - computed: true, optional: true, required: false
  private _transformsInputSerializationFormat?: string; 
  public get transformsInputSerializationFormat() {
    return this.getStringAttribute('transforms_input_serialization_format');
  }
  public set transformsInputSerializationFormat(value: string) {
    this._transformsInputSerializationFormat = value;
  }
  public resetTransformsInputSerializationFormat() {
    this._transformsInputSerializationFormat = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInputSerializationFormatInput() {
    return this._transformsInputSerializationFormat;
  }

  // transforms_input_topic_pattern - computed: true, optional: true, required: false
  private _transformsInputTopicPattern?: string; 
  public get transformsInputTopicPattern() {
    return this.getStringAttribute('transforms_input_topic_pattern');
  }
  public set transformsInputTopicPattern(value: string) {
    this._transformsInputTopicPattern = value;
  }
  public resetTransformsInputTopicPattern() {
    this._transformsInputTopicPattern = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsInputTopicPatternInput() {
    return this._transformsInputTopicPattern;
  }

  // transforms_language - computed: true, optional: true, required: false
  private _transformsLanguage?: string; 
  public get transformsLanguage() {
    return this.getStringAttribute('transforms_language');
  }
  public set transformsLanguage(value: string) {
    this._transformsLanguage = value;
  }
  public resetTransformsLanguage() {
    this._transformsLanguage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsLanguageInput() {
    return this._transformsLanguage;
  }

  // transforms_output_serialization_format - computed: true, optional: true, required: false
  private _transformsOutputSerializationFormat?: string; 
  public get transformsOutputSerializationFormat() {
    return this.getStringAttribute('transforms_output_serialization_format');
  }
  public set transformsOutputSerializationFormat(value: string) {
    this._transformsOutputSerializationFormat = value;
  }
  public resetTransformsOutputSerializationFormat() {
    this._transformsOutputSerializationFormat = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOutputSerializationFormatInput() {
    return this._transformsOutputSerializationFormat;
  }

  // transforms_output_topic_pattern - computed: true, optional: true, required: false
  private _transformsOutputTopicPattern?: string; 
  public get transformsOutputTopicPattern() {
    return this.getStringAttribute('transforms_output_topic_pattern');
  }
  public set transformsOutputTopicPattern(value: string) {
    this._transformsOutputTopicPattern = value;
  }
  public resetTransformsOutputTopicPattern() {
    this._transformsOutputTopicPattern = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsOutputTopicPatternInput() {
    return this._transformsOutputTopicPattern;
  }

  // transforms_topic_ttl - computed: true, optional: true, required: false
  private _transformsTopicTtl?: string; 
  public get transformsTopicTtl() {
    return this.getStringAttribute('transforms_topic_ttl');
  }
  public set transformsTopicTtl(value: string) {
    this._transformsTopicTtl = value;
  }
  public resetTransformsTopicTtl() {
    this._transformsTopicTtl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transformsTopicTtlInput() {
    return this._transformsTopicTtl;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new TransformSqlJoinTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: TransformSqlJoinTimeouts) {
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
      deploy: cdktf.booleanToTerraform(this._deploy),
      implementation_json: cdktf.stringToTerraform(this._implementationJson),
      name: cdktf.stringToTerraform(this._name),
      replay_window: cdktf.stringToTerraform(this._replayWindow),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      transforms_input_job_parallelism: cdktf.numberToTerraform(this._transformsInputJobParallelism),
      transforms_input_serialization_format: cdktf.stringToTerraform(this._transformsInputSerializationFormat),
      transforms_input_topic_pattern: cdktf.stringToTerraform(this._transformsInputTopicPattern),
      transforms_language: cdktf.stringToTerraform(this._transformsLanguage),
      transforms_output_serialization_format: cdktf.stringToTerraform(this._transformsOutputSerializationFormat),
      transforms_output_topic_pattern: cdktf.stringToTerraform(this._transformsOutputTopicPattern),
      transforms_topic_ttl: cdktf.stringToTerraform(this._transformsTopicTtl),
      timeouts: transformSqlJoinTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      deploy: {
        value: cdktf.booleanToHclTerraform(this._deploy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      implementation_json: {
        value: cdktf.stringToHclTerraform(this._implementationJson),
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
      replay_window: {
        value: cdktf.stringToHclTerraform(this._replayWindow),
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
      transforms_input_job_parallelism: {
        value: cdktf.numberToHclTerraform(this._transformsInputJobParallelism),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      transforms_input_serialization_format: {
        value: cdktf.stringToHclTerraform(this._transformsInputSerializationFormat),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_input_topic_pattern: {
        value: cdktf.stringToHclTerraform(this._transformsInputTopicPattern),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_language: {
        value: cdktf.stringToHclTerraform(this._transformsLanguage),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_output_serialization_format: {
        value: cdktf.stringToHclTerraform(this._transformsOutputSerializationFormat),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_output_topic_pattern: {
        value: cdktf.stringToHclTerraform(this._transformsOutputTopicPattern),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transforms_topic_ttl: {
        value: cdktf.stringToHclTerraform(this._transformsTopicTtl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: transformSqlJoinTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "TransformSqlJoinTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
