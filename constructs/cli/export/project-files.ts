// What the TypeScript and the HCL exports write alike: the header that says where the code came
// from and what to do next, `.env.example` (one line per secret: `TF_VAR_<name>=` and a comment
// saying which object and key it is for; never a value), and `.gitignore`.
import type { Estate } from "./estate";

export interface ProjectInfo {
  /** The API host the tenant was read from. */
  host: string;
  /** cdktf-streamkap's version, which the project depends on. */
  packageVersion: string;
  /** package.json's name. */
  projectName: string;
}

/** Counts of what the estate holds, e.g. "3 tags, 20 sources, ...". */
export function estateCounts(estate: Estate): string {
  const inFlows = (items: (flow: Estate["flows"][number]) => unknown[]) => estate.flows.reduce((n, flow) => n + items(flow).length, 0);
  const counts: [number, string][] = [
    [estate.tags.length, "custom tag"],
    [inFlows((f) => f.sources), "source"],
    [inFlows((f) => f.destinations), "destination"],
    [inFlows((f) => f.transforms), "transform"],
    [inFlows((f) => f.pipelines), "pipeline"],
    [inFlows((f) => f.topics), "topic setting"],
  ];
  return counts.map(([n, what]) => `${n} ${what}${n === 1 ? "" : "s"}`).join(", ");
}

/** The opening comment of the main file, as lines without comment markers. */
export function headerLines(estate: Estate, info: ProjectInfo): string[] {
  return [
    `The Streamkap tenant at ${info.host}, exported by \`cdktf-streamkap export\`:`,
    `${estateCounts(estate)}.`,
    estate.secrets.length
      ? `Its ${estate.secrets.length} secret${estate.secrets.length === 1 ? " is a" : "s are"} sensitive Terraform variable${estate.secrets.length === 1 ? "" : "s"}: set each TF_VAR_ that .env.example lists.`
      : "It has no secrets to set.",
    "The first deploy imports every object (import blocks) and changes nothing; the plan after it is empty.",
  ];
}

export function envExample(estate: Estate): string {
  const lines = [
    "# The secrets of the exported tenant, one Terraform variable each: fill in the values Streamkap",
    "# has (export never reads them into a file) and load them into the environment, e.g.",
    "#   set -a; . ./.env; set +a",
    "# A value left unset stops the deploy before any request (Terraform asks for it; with TF_INPUT=0",
    "# it fails instead); a value other than Streamkap's is planned as a (sensitive) change.",
    ...estate.secrets.map((s) => `TF_VAR_${s.variable}=  # ${s.owner.kind} ${s.owner.name} ${s.field.api_key}`),
  ];
  return `${lines.join("\n")}\n`;
}

export function gitignore(): string {
  return ["node_modules/", "cdktf.out/", ".terraform/", "*.tfstate", "*.tfstate.*", ".env", ".streamkap/", ""].join("\n");
}
