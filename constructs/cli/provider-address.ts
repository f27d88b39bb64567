// Where Terraform finds this package's provider: the source address written in
// required_providers (by the generated bindings too) and the hosts a mirror must serve it under.
export const PROVIDER_HOST = "registry.terraform.io";
/** OpenTofu expands a short source ("ns/type") with its own registry's hostname. */
export const OPENTOFU_HOST = "registry.opentofu.org";
export const PROVIDER_NAMESPACE = "cdktf-streamkap";
export const PROVIDER_TYPE = "streamkap";

/** "cdktf-streamkap/streamkap", as written in required_providers. */
export const PROVIDER_SOURCE = `${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}`;
/** "registry.terraform.io/cdktf-streamkap/streamkap", the fully qualified address. */
export const PROVIDER_ADDRESS = `${PROVIDER_HOST}/${PROVIDER_SOURCE}`;
/** The same provider as OpenTofu resolves it. */
export const OPENTOFU_PROVIDER_ADDRESS = `${OPENTOFU_HOST}/${PROVIDER_SOURCE}`;
/** A mirror serves the provider under both hostnames: Terraform and OpenTofu expand the short
 * source differently. */
export const MIRROR_ADDRESSES = [PROVIDER_ADDRESS, OPENTOFU_PROVIDER_ADDRESS];

/** The official provider's source ("streamkap-com/streamkap"), which HCL written for it uses,
 * under both hostnames: a mirror may serve this build there (install-provider --as-official). */
export const OFFICIAL_PROVIDER_SOURCE = "streamkap-com/streamkap";
export const OFFICIAL_MIRROR_ADDRESSES = [`${PROVIDER_HOST}/${OFFICIAL_PROVIDER_SOURCE}`, `${OPENTOFU_HOST}/${OFFICIAL_PROVIDER_SOURCE}`];
