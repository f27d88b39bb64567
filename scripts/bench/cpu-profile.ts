// CPU profiles of the provider processes a terraform command starts, and what they say.
// Node 20 refuses `--cpu-prof` in NODE_OPTIONS ("--cpu-prof is not allowed in NODE_OPTIONS",
// exit 9 before the handshake: Terraform then reports "Unrecognized remote plugin message").
// A `--require` preload is allowed there, so the preload below starts V8's profiler through
// node:inspector in the provider's own thread and writes `<pid>.cpuprofile` at exit (the
// provider exits through process.exit on Shutdown or SIGTERM, which runs exit handlers, and
// an inspector session of the same thread answers synchronously).
// The summary attributes each sample's self time to a function and to the module it was bundled
// from, by the `// <path>` comments esbuild writes above each module of an unminified bundle
// (scripts/build.ts --profiling-provider).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

export interface CpuProfiler {
  /** Environment for the terraform run whose provider processes are profiled. */
  env: Record<string, string>;
  /** The profiles written so far. */
  files(): string[];
}

export function cpuProfiler(dir: string, samplingIntervalUs = 250): CpuProfiler {
  mkdirSync(dir, { recursive: true });
  const preload = join(dir, "cpu-profile-preload.js");
  writeFileSync(
    preload,
    `const inspector = require("inspector");
const session = new inspector.Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.setSamplingInterval", { interval: ${samplingIntervalUs} });
session.post("Profiler.start");
process.on("exit", () => {
  session.post("Profiler.stop", (err, result) => {
    if (!err) require("fs").writeFileSync(${JSON.stringify(dir)} + "/" + process.pid + ".cpuprofile", JSON.stringify(result.profile));
  });
});
`,
  );
  return {
    env: { NODE_OPTIONS: `--require ${preload}` },
    files: () =>
      existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith(".cpuprofile"))
            .map((f) => join(dir, f))
        : [],
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  processes: number;
  /** Self time by layer (our folders, each library, Node's transport, GC, code loading). */
  byLayer: { layer: string; ms: number; share: number }[];
  /** Sampled time of all processes, idle excluded. */
  busyMs: number;
  idleMs: number;
  /** Self time by module of the bundle (or Node's own, GC, ...), largest first. */
  byModule: { module: string; ms: number; share: number }[];
  /** Self time by function, largest first. */
  byFunction: { fn: string; module: string; ms: number; share: number }[];
}

/** The bundle's modules by starting line (0-based), from esbuild's `// <path>` comments. */
function moduleStarts(bundleFile: string): { line: number; module: string }[] {
  const starts: { line: number; module: string }[] = [];
  readFileSync(bundleFile, "utf8")
    .split("\n")
    .forEach((text, line) => {
      const m = /^\/\/ ((?:node_modules|provider|catalog|constructs)\/\S+\.(?:[cm]?js|ts|json|proto))$/.exec(text);
      if (m) starts.push({ line, module: m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, "$1 (npm)") });
    });
  return starts;
}

function moduleAt(starts: { line: number; module: string }[], line: number): string {
  let lo = 0;
  let hi = starts.length - 1;
  let found = "(bundle preamble)";
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid].line <= line) {
      found = starts[mid].module;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The layer a module belongs to, for the first table of the summary. */
function layerOf(module: string): string {
  const layers: [RegExp, string][] = [
    [/^provider\/framework\//, "framework (schemas, conformance, plans)"],
    [/^provider\/streamkap\//, "streamkap resources and API client"],
    [/^provider\/protocol\//, "protocol translation"],
    [/^provider\/plugin\//, "plugin (gRPC server)"],
    [/^catalog\//, "catalog"],
    [/msgpack/, "msgpack"],
    [/protobuf|\$(encode|decode|toObject|fromObject)$/, "protobufjs"],
    [/axios/, "axios"],
    [/^\(garbage collector\)$/, "garbage collector"],
    [
      /http2|stream|events|net|buffer|timers|task_queues|async_hooks|_http|tls|^dispatch$|^runMicrotasks$|^writeBuffer$|^writev/,
      "Node: HTTP/2, TLS, streams, event loop",
    ],
    [/loader|realm|readFileUtf8|node:fs|compile|node:vm/, "loading and compiling code"],
    [/^\(program\)$/, "(program): V8 outside JavaScript"],
  ];
  return layers.find(([re]) => re.test(module))?.[1] ?? "other";
}

/** Sums self time over the profiles of `bundleFile`'s processes. */
export function summarizeProfiles(files: string[], bundleFile: string, top = 25): ProfileSummary {
  const starts = moduleStarts(bundleFile);
  const bundleName = basename(bundleFile);
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, { module: string; us: number }>();
  let idleUs = 0;
  let busyUs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i + 1] ?? 0;
      const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
      if (functionName === "(idle)") {
        idleUs += us;
        return;
      }
      busyUs += us;
      // Terraform runs the provider from its own copy (or a link to the mirror's), by another path.
      const module = url.includes(bundleName) ? moduleAt(starts, lineNumber) : url.startsWith("node:") ? `${url} (Node)` : url || functionName;
      byModule.set(module, (byModule.get(module) ?? 0) + us);
      const key = `${functionName || "(anonymous)"} ${module}:${lineNumber + 1}`;
      const entry = byFunction.get(key) ?? { module, us: 0 };
      entry.us += us;
      byFunction.set(key, entry);
    });
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  const share = (us: number) => Math.round((us / busyUs) * 1000) / 10;
  const byLayer = new Map<string, number>();
  for (const [module, us] of byModule) byLayer.set(layerOf(module), (byLayer.get(layerOf(module)) ?? 0) + us);
  return {
    processes: files.length,
    byLayer: [...byLayer].sort((a, b) => b[1] - a[1]).map(([layer, us]) => ({ layer, ms: ms(us), share: share(us) })),
    busyMs: ms(busyUs),
    idleMs: ms(idleUs),
    byModule: [...byModule]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([module, us]) => ({ module, ms: ms(us), share: share(us) })),
    byFunction: [...byFunction]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, top)
      .map(([fn, { us }]) => ({ fn: fn.split(" ")[0], module: fn.slice(fn.indexOf(" ") + 1), ms: ms(us), share: share(us) })),
  };
}

export function printProfileSummary(title: string, s: ProfileSummary): void {
  console.log(`\n${title}: ${s.processes} provider processes, ${s.busyMs} ms busy (${s.idleMs} ms idle), self time`);
  console.log("\nby layer:");
  for (const l of s.byLayer) console.log(`  ${String(l.ms).padStart(8)} ms ${String(l.share).padStart(5)} %  ${l.layer}`);
  console.log("\nby module:");
  for (const m of s.byModule) console.log(`  ${String(m.ms).padStart(8)} ms ${String(m.share).padStart(5)} %  ${m.module}`);
  console.log("\nby function:");
  for (const f of s.byFunction) console.log(`  ${String(f.ms).padStart(8)} ms ${String(f.share).padStart(5)} %  ${f.fn}  ${f.module}`);
}
