// https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface StreamkapProviderConfig {
  /**
  * Client id of a Streamkap API key. Falls back to STREAMKAP_CLIENT_ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs#client_id StreamkapProvider#client_id}
  */
  readonly clientId?: string;
  /**
  * Base URL of the Streamkap API. Falls back to STREAMKAP_HOST, then https://api.streamkap.com.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs#host StreamkapProvider#host}
  */
  readonly host?: string;
  /**
  * Whether reads ask Streamkap for secret settings (passwords, keys), so that an import is complete and a secret changed outside Terraform shows in the plan (as a sensitive change). Set false where policy forbids reading secrets back: secrets then stay as configured and an import leaves them empty. Falls back to STREAMKAP_READ_SECRETS, then true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs#read_secrets StreamkapProvider#read_secrets}
  */
  readonly readSecrets?: boolean | cdktf.IResolvable;
  /**
  * Secret of the Streamkap API key. Falls back to STREAMKAP_SECRET.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs#secret StreamkapProvider#secret}
  */
  readonly secret?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs#alias StreamkapProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs streamkap}
*/
export class StreamkapProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "streamkap";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a StreamkapProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the StreamkapProvider to import
  * @param importFromId The id of the existing StreamkapProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the StreamkapProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "streamkap", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/cdktf-streamkap/streamkap/latest/docs streamkap} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options StreamkapProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: StreamkapProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'streamkap',
      terraformGeneratorMetadata: {
        providerName: 'streamkap',
        providerVersionConstraint: '~> 0.1'
      },
      terraformProviderSource: 'cdktf-streamkap/streamkap'
    });
    this._clientId = config.clientId;
    this._host = config.host;
    this._readSecrets = config.readSecrets;
    this._secret = config.secret;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // client_id - computed: false, optional: true, required: false
  private _clientId?: string; 
  public get clientId() {
    return this._clientId;
  }
  public set clientId(value: string | undefined) {
    this._clientId = value;
  }
  public resetClientId() {
    this._clientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdInput() {
    return this._clientId;
  }

  // host - computed: false, optional: true, required: false
  private _host?: string; 
  public get host() {
    return this._host;
  }
  public set host(value: string | undefined) {
    this._host = value;
  }
  public resetHost() {
    this._host = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
  }

  // read_secrets - computed: false, optional: true, required: false
  private _readSecrets?: boolean | cdktf.IResolvable; 
  public get readSecrets() {
    return this._readSecrets;
  }
  public set readSecrets(value: boolean | cdktf.IResolvable | undefined) {
    this._readSecrets = value;
  }
  public resetReadSecrets() {
    this._readSecrets = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readSecretsInput() {
    return this._readSecrets;
  }

  // secret - computed: false, optional: true, required: false
  private _secret?: string; 
  public get secret() {
    return this._secret;
  }
  public set secret(value: string | undefined) {
    this._secret = value;
  }
  public resetSecret() {
    this._secret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretInput() {
    return this._secret;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      client_id: cdktf.stringToTerraform(this._clientId),
      host: cdktf.stringToTerraform(this._host),
      read_secrets: cdktf.booleanToTerraform(this._readSecrets),
      secret: cdktf.stringToTerraform(this._secret),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      client_id: {
        value: cdktf.stringToHclTerraform(this._clientId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      host: {
        value: cdktf.stringToHclTerraform(this._host),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      read_secrets: {
        value: cdktf.booleanToHclTerraform(this._readSecrets),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      secret: {
        value: cdktf.stringToHclTerraform(this._secret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
