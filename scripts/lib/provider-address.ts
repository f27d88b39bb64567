// Where Terraform finds our provider (the address lives in the shipped CLI module) and the
// version the build is published as.
import { version } from "../../package.json";

export { MIRROR_ADDRESSES, OFFICIAL_MIRROR_ADDRESSES, PROVIDER_ADDRESS, PROVIDER_SOURCE, PROVIDER_TYPE } from "../../constructs/cli/provider-address";
import { OFFICIAL_MIRROR_ADDRESSES } from "../../constructs/cli/provider-address";

export const PROVIDER_VERSION = version;
/** The address of the official provider, which HCL written for it uses. */
export const OFFICIAL_PROVIDER_ADDRESS = OFFICIAL_MIRROR_ADDRESSES[0];
