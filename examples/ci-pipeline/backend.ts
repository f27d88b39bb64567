// Remote state for CI, chosen by environment variables at synth time, so that the same app runs
// against GitLab-managed state, any HTTP state service, or S3. Credentials never enter the
// code or cdk.tf.json: Terraform reads them itself at run time (TF_HTTP_USERNAME and
// TF_HTTP_PASSWORD for http; the usual AWS_* variables or an instance role for s3).
import { HttpBackend, S3Backend, type TerraformStack } from "cdktf";

export function remoteStateBackend(stack: TerraformStack, stateName: string, env: NodeJS.ProcessEnv = process.env): void {
  const kind = env.STATE_BACKEND ?? "http";
  if (kind === "http") {
    const address = env.STATE_HTTP_ADDRESS;
    if (!address) throw new Error("STATE_BACKEND=http needs STATE_HTTP_ADDRESS (the state URL, e.g. GitLab's .../terraform/state/<name>)");
    new HttpBackend(stack, {
      address,
      lockAddress: `${address}/lock`,
      unlockAddress: `${address}/lock`,
      lockMethod: "POST",
      unlockMethod: "DELETE",
      retryWaitMin: 5,
    });
  } else if (kind === "s3") {
    const bucket = env.STATE_S3_BUCKET;
    if (!bucket) throw new Error("STATE_BACKEND=s3 needs STATE_S3_BUCKET");
    const backend = new S3Backend(stack, { bucket, key: `streamkap/${stateName}.tfstate`, region: env.AWS_REGION ?? "eu-west-1", encrypt: true });
    // S3-native state locking (Terraform >= 1.10), no DynamoDB table; cdktf 0.21 has no prop for it.
    backend.addOverride("use_lockfile", true);
  } else {
    throw new Error(`STATE_BACKEND must be "http" or "s3", got "${kind}"`);
  }
}
