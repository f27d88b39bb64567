// npm run cdktn-copy -- <dir>: the library (catalog, constructs, bindings) as TypeScript that
// imports cdktn instead of cdktf, for a CDK Terrain project (see README, Compatibility).
import { resolve } from "node:path";
import { writeCdktnCopy } from "./lib/cdktn-port";

const out = process.argv[2];
if (!out) {
  console.error("usage: npm run cdktn-copy -- <output folder>");
  process.exit(1);
}
writeCdktnCopy(resolve(out));
console.log(`wrote ${resolve(out)}/catalog and ${resolve(out)}/constructs (import from "${resolve(out)}/constructs")`);
