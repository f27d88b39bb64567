// The mirror and CLI-config logic ships inside the package (npx cdktf-streamkap install-provider);
// the repository's scripts and tests use the same module.
export * from "../../constructs/cli/terraform-mirror";
