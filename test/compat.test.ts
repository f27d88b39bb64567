// The quickstart synthesizes the same Terraform configuration on cdktf 0.21 (the last CDKTF
// release) and on CDK Terrain's `cdktn` 0.24 (its community continuation), the latter from a
// copy of the library whose imports name cdktn, in a project outside the repository. Both
// come from the repository's own install (dev dependencies; constructs 10.7 suits both):
// nothing is downloaded while the tests run.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { renameCdktfImports, writeCdktnCopy } from "../scripts/lib/cdktn-port";
import { REPO_ROOT } from "../scripts/lib/paths";

jest.setTimeout(300_000);
const run = promisify(execFile);
const tsx = require.resolve("tsx/cli");
const tsc = require.resolve("typescript/bin/tsc");

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "streamkap-compat-"));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

type Synth = { resource: Record<string, Record<string, Record<string, unknown>>>; provider: unknown; terraform: { required_providers: unknown } };

/** The stack's cdk.tf.json without cdktf's metadata and the (path-dependent) local backend. */
function synthesized(outdir: string): Synth {
  const json = JSON.parse(readFileSync(join(outdir, "stacks", "quickstart", "cdk.tf.json"), "utf8"));
  const strip = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(strip)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([k]) => k !== "//")
              .map(([k, v]) => [k, strip(v)]),
          )
        : value;
  const { backend: _backend, ...terraform } = json.terraform;
  return { resource: strip(json.resource) as Synth["resource"], provider: json.provider, terraform: terraform as Synth["terraform"] };
}

async function cdktfSynth(): Promise<Synth> {
  const dir = join(tmp, "cdktf");
  mkdirSync(dir);
  await run(process.execPath, [tsx, "--tsconfig", join(REPO_ROOT, "tsconfig.json"), join(REPO_ROOT, "examples", "quickstart", "main.ts")], { cwd: dir });
  return synthesized(join(dir, "cdktf.out"));
}

test("renameCdktfImports renames cdktf imports only", () => {
  expect(
    renameCdktfImports(
      `import * as cdktf from 'cdktf';\nimport { Testing } from "cdktf/lib/testing";\nimport { X } from "cdktf-streamkap";\nconst c = require("cdktf");`,
    ),
  ).toBe(`import * as cdktf from 'cdktn';\nimport { Testing } from "cdktn/lib/testing";\nimport { X } from "cdktf-streamkap";\nconst c = require("cdktn");`);
});

test("the quickstart synthesizes the same configuration with cdktf 0.21 and cdktn 0.24", async () => {
  const project = join(tmp, "cdktn");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "streamkap-on-cdktn", private: true }));
  symlinkSync(join(REPO_ROOT, "node_modules"), join(project, "node_modules"), "dir");
  const withCdktf = await cdktfSynth();
  expect(JSON.parse(readFileSync(join(project, "node_modules", "cdktn", "package.json"), "utf8")).version).toBe("0.24.0");
  const constructsVersion = JSON.parse(readFileSync(join(project, "node_modules", "constructs", "package.json"), "utf8")).version as string;
  expect(constructsVersion).toMatch(/^10\.[67]\./); // cdktn's peer range: >=10.6.0 <10.8.0

  writeCdktnCopy(join(project, "lib"));
  const quickstart = readFileSync(join(REPO_ROOT, "examples", "quickstart", "main.ts"), "utf8");
  writeFileSync(join(project, "main.ts"), renameCdktfImports(quickstart).replace(/(["'])cdktf-streamkap\1/, '"./lib/constructs"'));
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "commonjs",
        strict: true,
        esModuleInterop: true,
        resolveJsonModule: true,
        skipLibCheck: true,
        noEmit: true,
        typeRoots: [join(REPO_ROOT, "node_modules", "@types")],
        types: ["node"],
      },
      include: ["main.ts", "lib"],
    }),
  );
  // The bindings and constructs type-check against cdktn's declarations, then the app runs on it.
  const typecheck = await run(process.execPath, [tsc, "-p", project], { cwd: project }).catch((e) => e);
  expect(typecheck.stdout).toBe("");
  await run(process.execPath, [tsx, "main.ts"], { cwd: project });
  const withCdktn = synthesized(join(project, "cdktf.out"));
  const metadata = (dir: string) => JSON.parse(readFileSync(join(dir, "stacks", "quickstart", "cdk.tf.json"), "utf8"))["//"].metadata;
  expect(metadata(join(project, "cdktf.out")).version).toBe("0.24.0");
  expect(metadata(join(tmp, "cdktf", "cdktf.out")).version).toBe("0.21.0");

  expect(Object.keys(withCdktf.resource.streamkap_source)).toHaveLength(1);
  expect(withCdktn).toEqual(withCdktf);
  expect(JSON.stringify(withCdktn.terraform.required_providers)).toContain("cdktf-streamkap/streamkap");
});
