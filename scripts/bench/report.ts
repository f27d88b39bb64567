// The table `npm run bench` prints: each figure, its floor or bound, and their ratio.
import type { ConsoleResult } from "./console";
import type { StartupResult } from "./startup";
import type { SynthResult } from "./synth";
import type { ApplyResult, FlowApplyResult, FlowPlanResult, LargeTenantResult, PlanOverheadResult, RefreshResult } from "./terraform-benches";

export interface BenchResults {
  machine: { nproc: number; cpu: string; node: string; terraform: string; platform: string };
  startup: StartupResult;
  flows: FlowResults;
  planOverhead: PlanOverheadResult;
  refresh: RefreshResult;
  largeTenant: LargeTenantResult;
  apply: ApplyResult;
  synth: SynthResult;
  console: ConsoleResult;
}

export interface FlowResults {
  plans: FlowPlanResult[];
  apply: FlowApplyResult;
}

type Row = [string, string, string, string];

/** `npm run bench -- --only <steps>` leaves the other parts out. */
export function printTable(r: Partial<BenchResults> & Pick<BenchResults, "machine">): void {
  const rows: Row[] = [
    ...(r.startup ? startupRows(r.startup) : []),
    ...(r.flows ? flowRows(r.flows) : []),
    ...(r.planOverhead && r.refresh && r.largeTenant ? sourceRows(r as BenchResults) : []),
    ...(r.apply ? applyRows(r.apply) : []),
    ...(r.synth
      ? [
          [
            `synth ${r.synth.constructs} StreamkapSource`,
            `${r.synth.synthMs} ms (process ${r.synth.processMs} ms)`,
            `peak RSS ${r.synth.peakRssMiB} MiB`,
            "",
          ] as Row,
        ]
      : []),
    ...(r.console ? consoleRows(r.console) : []),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((c, i) => c.padEnd(widths[i])).join(" | ");
  console.log(`machine: ${r.machine.nproc} CPUs (${r.machine.cpu}), node ${r.machine.node}, terraform ${r.machine.terraform}, ${r.machine.platform}\n`);
  console.log(line(["what", "measured", "floor / bound", "ratio"]));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of rows) console.log(line(row));
}

function startupRows(s: StartupResult): Row[] {
  return [["start-up to handshake (median of " + s.runs + ")", `${s.providerMedianMs} ms`, `node -e 0: ${s.nodeFloorMedianMs} ms`, `${s.ratio}x`]];
}

function flowRows(f: FlowResults): Row[] {
  return [
    ...f.plans.flatMap((p): Row[] => [
      [
        `plan, ${p.flows} flows (${p.objects} objects), median of ${p.runs}`,
        `${p.medianPlanMs} ms`,
        `${p.objects} terraform_data: ${p.terraformDataPlanMs} ms`,
        `${p.ratio}x`,
      ],
      [`  provider CPU of one plan (all its processes), median`, `${p.providerCpuMs} ms`, "", `${(p.providerCpuMs / p.objects).toFixed(2)} ms per object`],
      [
        `  terraform's own CPU in that plan (no provider can save it), median`,
        `${p.terraformCpuMs} ms`,
        `the whole terraform_data plan: ${p.terraformDataCpuMs} ms`,
        `${(p.terraformCpuMs / p.terraformDataCpuMs).toFixed(2)}x`,
      ],
      [`  API requests of one plan`, `${p.requests}`, "", ""],
      [`  provider peak RSS`, `${p.providerPeakRssMiB} MiB`, "", ""],
    ]),
    [
      `apply ${f.apply.flows} flows (${f.apply.objects} objects), -parallelism=${f.apply.parallelism}, median of ${f.apply.rounds}`,
      `${f.apply.medianApplyMs} ms`,
      `${f.apply.objects} terraform_data: ${f.apply.terraformDataApplyMs} ms`,
      `${f.apply.ratio}x`,
    ],
  ];
}

function sourceRows(r: BenchResults): Row[] {
  return [
    ["plan, 1 existing source", `${r.planOverhead.oneSourceMs} ms`, `1 terraform_data: ${r.planOverhead.terraformDataMs} ms`, `${r.planOverhead.ratio}x`],
    [
      `  against reachable: 1 terraform_data + ${r.planOverhead.providerProcesses} x node -e 0`,
      `${r.planOverhead.oneSourceMs} ms`,
      `${r.planOverhead.reachableMs} ms`,
      `${r.planOverhead.ratioToReachable}x`,
    ],
    [
      `plan, ${r.refresh.large.sources} sources: API requests`,
      `${r.refresh.large.requests}`,
      `budget ${r.refresh.large.requestBudget}`,
      r.refresh.large.requests <= r.refresh.large.requestBudget ? "within" : "OVER",
    ],
    [
      `plan, ${r.refresh.small.sources} sources: API requests`,
      `${r.refresh.small.requests}`,
      `budget ${r.refresh.small.requestBudget}`,
      r.refresh.small.requests <= r.refresh.small.requestBudget ? "within" : "OVER",
    ],
    [
      `plan, ${r.refresh.large.sources} sources: wall time`,
      `${r.refresh.large.medianPlanMs} ms`,
      `${r.refresh.small.sources} sources: ${r.refresh.small.medianPlanMs} ms`,
      `${(r.refresh.large.medianPlanMs / r.refresh.small.medianPlanMs).toFixed(2)}x`,
    ],
    [
      `plan, ${r.largeTenant.sources} sources in a tenant of ${r.largeTenant.tenant}: API requests`,
      `${r.largeTenant.requests}`,
      `listing it all: ${r.largeTenant.listingEverythingRequests}`,
      `${(r.largeTenant.requests / r.largeTenant.listingEverythingRequests).toFixed(2)}x`,
    ],
    ["drift seen after an out-of-band change", r.refresh.driftSeen ? "yes" : "NO", "", ""],
    [`provider peak RSS, ${r.refresh.large.sources}-source plan`, `${r.refresh.providerPeakRssMiB} MiB`, "", ""],
  ];
}

function applyRows(apply: ApplyResult): Row[] {
  const r = { apply };
  return [
    [
      `apply ${r.apply.sources} sources, -parallelism=${r.apply.parallelism}, ${r.apply.latencyMs} ms latency (median)`,
      `${r.apply.applyMs} ms`,
      `bound ${r.apply.boundMs} ms (${r.apply.roundTripsPerSource} round trips/source)`,
      `${r.apply.ratio}x`,
    ],
    [
      `  same apply minus a no-change apply (${r.apply.noChangeApplyMs} ms)`,
      `${Math.round(r.apply.applyMs - r.apply.noChangeApplyMs)} ms`,
      `bound ${r.apply.boundMs} ms`,
      `${r.apply.marginalRatio}x`,
    ],
    [
      `  reachable: bound + ${r.apply.sources} terraform_data (${r.apply.terraformDataApplyMs} ms) + ${r.apply.providerProcesses} x node -e 0`,
      `${r.apply.reachableMs} ms`,
      `bound ${r.apply.boundMs} ms`,
      `${r.apply.reachableRatio}x`,
    ],
  ];
}

function consoleRows(c: ConsoleResult): Row[] {
  if ("skipped" in c) return [["console", `skipped: ${c.skipped}`, "", ""]];
  return [
    ["console: bytes shipped (page + script)", `${c.totalBytes} B (${c.pageBytes} + ${c.scriptBytes})`, `gzipped ${c.totalGzipBytes} B`, ""],
    ...c.loads.map((l): Row => [
      `console, ${l.flows} flow(s), ${l.nodes} nodes: first paint / drawn (median of ${c.runs})`,
      `${l.firstPaintMs} ms / ${l.drawnMs} ms`,
      `blank page first paint: ${c.floorFirstPaintMs} ms`,
      `${(l.firstPaintMs / c.floorFirstPaintMs).toFixed(2)}x`,
    ]),
  ];
}
