// Where Terraform finds our provider: the source address used in required_providers, in the
// filesystem mirror and in the generated bindings, and the version the build is published as.
import { version } from "../../package.json";

export const PROVIDER_HOST = "registry.terraform.io";
export const PROVIDER_NAMESPACE = "cdktf-streamkap";
export const PROVIDER_TYPE = "streamkap";
export const PROVIDER_VERSION = version;

/** "cdktf-streamkap/streamkap", as written in required_providers. */
export const PROVIDER_SOURCE = `${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}`;
/** "registry.terraform.io/cdktf-streamkap/streamkap", the fully qualified address. */
export const PROVIDER_ADDRESS = `${PROVIDER_HOST}/${PROVIDER_SOURCE}`;
/** The address of the official provider, which HCL written for it uses. */
export const OFFICIAL_PROVIDER_ADDRESS = `${PROVIDER_HOST}/streamkap-com/streamkap`;
