// The benchmarks that run the real terraform against the emulator: plan overhead, refresh
// of many existing sources (API requests, wall time, provider memory), apply at scale, and
// plan and apply of whole flows beside as many terraform_data resources.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emulatorEnv, startEmulatorProcess, type EmulatorProcess } from "../lib/emulator-process";
import { PROVIDER_ADDRESS, PROVIDER_VERSION } from "../lib/provider-address";
import { StreamkapApi } from "../lib/streamkap-api";
import { TerraformWorkspace, workspaceWithProvider } from "../lib/terraform-workspace";
import { flowsHcl, sourcesHcl, SOURCE_CONFIG, SOURCE_SECRETS, terraformDataHcl } from "./fixtures";
import { memoryProbe } from "./memory-probe";
import { terraformCpuProbe } from "./terraform-cpu";
import { median, round, timed } from "./stats";

/** Runs `fn` against an emulator of its own (a fresh data dir), stopped afterwards. */
export async function withEmulator<T>(args: string[], fn: (emulator: EmulatorProcess) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-emulator-"));
  const emulator = await startEmulatorProcess({ dataDir, args });
  try {
    return await fn(emulator);
  } finally {
    await emulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface Endpoint {
  emulator: EmulatorProcess;
  providerBinary: string;
}

function sourcesWorkspace({ emulator, providerBinary }: Endpoint): TerraformWorkspace {
  return workspaceWithProvider({ binary: providerBinary, address: PROVIDER_ADDRESS, version: PROVIDER_VERSION, env: emulatorEnv(emulator) });
}

/** The API requests `run` makes, by route (e.g. {"GET /sources": 2}) and in total. */
async function requestsDuring(emulator: EmulatorProcess, run: () => Promise<void>): Promise<{ total: number; byRoute: Record<string, number> }> {
  const before = (await emulator.stats()).requests;
  await run();
  const after = (await emulator.stats()).requests;
  const byRoute = Object.fromEntries(
    Object.keys(after)
      .filter((r) => r !== "total" && after[r] !== (before[r] ?? 0))
      .map((r) => [r, after[r] - (before[r] ?? 0)]),
  );
  return { total: (after.total ?? 0) - (before.total ?? 0), byRoute };
}

/** A plan that must find nothing to change. */
export async function cleanPlan(ws: TerraformWorkspace, what: string, env?: Record<string, string>): Promise<void> {
  const plan = await ws.plan([], { env });
  if (plan.code !== 0) throw new Error(`plan ${what} was not clean (exit ${plan.code}):\n${plan.stdout}\n${plan.stderr}`);
}

/** A source's full config, secrets included, as the API takes it. */
const API_CONFIG = { ...SOURCE_CONFIG, ...SOURCE_SECRETS };

/** Median wall time of `runs` plans that must find nothing to change. */
async function medianCleanPlanMs(ws: TerraformWorkspace, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push((await timed(() => cleanPlan(ws, "that should find nothing to change"))).ms);
  }
  return round(median(times));
}

export interface PlanOverheadResult {
  runs: number;
  oneSourceMs: number;
  terraformDataMs: number;
  ratio: number;
  /** Provider processes one plan starts (counted with a preload), each costing at least
   * `node -e 0`: the 1 terraform_data plan plus those starts is what a provider that cost
   * nothing beyond Node's own start would take. */
  providerProcesses: number;
  reachableMs: number;
  ratioToReachable: number;
}

/** Counts the provider processes a terraform command starts (they report at exit). */
async function countProviderProcesses(run: (env: Record<string, string>) => Promise<{ code: number; stderr: string }>): Promise<number> {
  const probe = memoryProbe();
  try {
    const result = await run(probe.env);
    if (result.code !== 0 && result.code !== 2) throw new Error(`terraform failed while counting provider processes:\n${result.stderr}`);
    return probe.peaksMiB().length;
  } finally {
    probe.cleanup();
  }
}

export async function benchPlanOverhead(endpoint: Endpoint, nodeFloorMs: number, runs = 7): Promise<PlanOverheadResult> {
  const floor = new TerraformWorkspace();
  const one = sourcesWorkspace(endpoint);
  try {
    floor.writeConfig(terraformDataHcl(1));
    await floor.init();
    await floor.apply();
    one.writeConfig(sourcesHcl("overhead", 1));
    await one.init();
    await one.apply();
    const providerProcesses = await countProviderProcesses((env) => one.plan([], { env }));
    // Interleaved, so that machine noise hits both alike.
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < runs; i++) {
      a.push(await medianCleanPlanMs(one, 1));
      b.push(await medianCleanPlanMs(floor, 1));
    }
    const oneSourceMs = round(median(a));
    const terraformDataMs = round(median(b));
    const reachableMs = round(terraformDataMs + providerProcesses * nodeFloorMs);
    await one.destroy();
    return {
      runs,
      oneSourceMs,
      terraformDataMs,
      ratio: round(oneSourceMs / terraformDataMs, 2),
      providerProcesses,
      reachableMs,
      ratioToReachable: round(oneSourceMs / reachableMs, 2),
    };
  } finally {
    floor.cleanup();
    one.cleanup();
  }
}

export interface RefreshCase {
  sources: number;
  requests: number;
  /** The same requests by route, e.g. {"GET /sources": 2}. */
  byRoute: Record<string, number>;
  /** ceil(N/100) + 5 */
  requestBudget: number;
  medianPlanMs: number;
}

export interface RefreshResult {
  runs: number;
  small: RefreshCase;
  large: RefreshCase;
  /** The large plan after one source was renamed through the API: must plan 1 change. */
  driftSeen: boolean;
  providerPeakRssMiB: number;
}

async function refreshCase(ws: TerraformWorkspace, emulator: EmulatorProcess, sources: number, runs: number): Promise<RefreshCase> {
  const { total: requests, byRoute } = await requestsDuring(emulator, () => cleanPlan(ws, `over ${sources} sources`));
  const medianPlanMs = await medianCleanPlanMs(ws, runs);
  return { sources, requests, byRoute, requestBudget: Math.ceil(sources / 100) + 5, medianPlanMs };
}

/** Creates `count` sources with a first apply (not timed); the caller destroys them. */
export async function deployedSources(endpoint: Endpoint, prefix: string, count: number): Promise<TerraformWorkspace> {
  const ws = sourcesWorkspace(endpoint);
  ws.writeConfig(sourcesHcl(prefix, count));
  await ws.init();
  await ws.apply(["-parallelism=50"]);
  return ws;
}

// The listing reads every source of the tenant, so each case runs alone: the tenant holds
// exactly the plan's N sources.
export async function benchRefresh(endpoint: Endpoint, small = 10, large = 200, runs = 5): Promise<RefreshResult> {
  const { emulator } = endpoint;
  const smallWs = await deployedSources(endpoint, "refresh-small", small);
  let smallCase: RefreshCase;
  try {
    smallCase = await refreshCase(smallWs, emulator, small, runs);
    await smallWs.destroy(["-parallelism=50"]);
  } finally {
    smallWs.cleanup();
  }

  const largeWs = await deployedSources(endpoint, "refresh-large", large);
  try {
    const largeCase = await refreshCase(largeWs, emulator, large, runs);

    const probe = memoryProbe();
    let providerPeakRssMiB: number;
    try {
      const measured = await largeWs.plan([], { env: probe.env });
      if (measured.code !== 0) throw new Error(`plan under the memory probe failed:\n${measured.stderr}`);
      providerPeakRssMiB = Math.max(0, ...probe.peaksMiB());
    } finally {
      probe.cleanup();
    }

    // Drift: change one source out of band; the next plan must see it.
    const api = new StreamkapApi(emulator.url, emulator.clientId, emulator.secret);
    const target = (await api.listSources()).find((s) => s.name === `refresh-large-${large - 1}`);
    if (!target) throw new Error("the last large source is missing from the API");
    await api.updateSource(target.id, {
      name: target.name,
      connector: "postgresql",
      config: { ...API_CONFIG, "database.dbname": "changed-out-of-band" },
    });
    const drift = await largeWs.plan();
    const driftSeen = drift.code === 2 && /1 to change/.test(drift.stdout);

    await largeWs.destroy(["-parallelism=50"]);
    return { runs, small: smallCase, large: largeCase, driftSeen, providerPeakRssMiB };
  } finally {
    largeWs.cleanup();
  }
}

export interface LargeTenantResult {
  tenant: number;
  sources: number;
  requests: number;
  byRoute: Record<string, number>;
  /** What listing the whole tenant would cost: 1 token + ceil(tenant/100) pages. */
  listingEverythingRequests: number;
}

/** A plan of `sources` sources in a tenant that holds `tenant`: the others are made through
 * the API first, so the plan's sources come last in the listing, the worst case. */
export async function benchLargeTenant(endpoint: Endpoint, tenant = 2000, sources = 10): Promise<LargeTenantResult> {
  const { emulator } = endpoint;
  const api = new StreamkapApi(emulator.url, emulator.clientId, emulator.secret);
  const others: string[] = [];
  for (let i = 0; i < tenant - sources; i++) {
    const made = await api.createSource({ name: `tenant-other-${i}`, connector: "postgresql", config: API_CONFIG });
    others.push(made.id);
  }
  const ws = await deployedSources(endpoint, "tenant-mine", sources);
  try {
    const { total: requests, byRoute } = await requestsDuring(emulator, () => cleanPlan(ws, "in a large tenant"));
    await ws.destroy(["-parallelism=50"]);
    for (const id of others) await api.deleteSource(id);
    return { tenant, sources, requests, byRoute, listingEverythingRequests: 1 + Math.ceil(tenant / 100) };
  } finally {
    ws.cleanup();
  }
}

export interface ApplyResult {
  sources: number;
  parallelism: number;
  latencyMs: number;
  /** API requests per source during the apply (token requests excluded). */
  roundTripsPerSource: number;
  boundMs: number;
  applyMs: number;
  ratio: number;
  /** An apply of the same config with nothing to do (median): the fixed cost of the command. */
  noChangeApplyMs: number;
  /** (applyMs - noChangeApplyMs) / boundMs: the part that grows with the sources. */
  marginalRatio: number;
  /** Floors of the same run: Terraform's own apply of as many terraform_data resources at the
   * same parallelism (no provider process), and the provider processes the apply started,
   * each costing at least `node -e 0`. */
  terraformDataApplyMs: number;
  providerProcesses: number;
  nodeFloorMs: number;
  /** bound + terraform_data apply + processes x node floor: the time of a provider that cost
   * nothing beyond Node's own start, and its ratio to the bound. */
  reachableMs: number;
  reachableRatio: number;
}

/** `endpoint.emulator` must run with --latency-ms latencyMs (and --deploy-ms 0). An untimed
 * first round counts the provider processes of an apply; each of `rounds` timed rounds then
 * creates the sources, applies again with nothing to do, destroys them, and applies and
 * destroys as many terraform_data resources. Figures are medians over the rounds. */
export async function benchApply(
  endpoint: Endpoint,
  latencyMs: number,
  nodeFloorMs: number,
  sources = 100,
  parallelism = 10,
  rounds = 3,
): Promise<ApplyResult> {
  const ws = sourcesWorkspace(endpoint);
  const floor = new TerraformWorkspace();
  const { emulator } = endpoint;
  const parallel = [`-parallelism=${parallelism}`];
  try {
    ws.writeConfig(sourcesHcl("apply", sources));
    await ws.init();
    floor.writeConfig(terraformDataHcl(sources));
    await floor.init();

    const providerProcesses = await countProviderProcesses((env) => ws.apply(parallel, { env }));
    await ws.destroy([`-parallelism=${parallelism * 5}`]);

    const applies: number[] = [];
    const noChanges: number[] = [];
    const floors: number[] = [];
    const trips: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const { total, byRoute } = await requestsDuring(emulator, async () => {
        applies.push((await timed(() => ws.apply(parallel))).ms);
      });
      const auth = Object.entries(byRoute)
        .filter(([r]) => r.includes("/auth/"))
        .reduce((n, [, c]) => n + c, 0);
      trips.push((total - auth) / sources);
      noChanges.push((await timed(() => ws.apply(parallel))).ms);
      await ws.destroy([`-parallelism=${parallelism * 5}`]);
      floors.push((await timed(() => floor.apply(parallel))).ms);
      await floor.destroy(parallel);
    }
    const roundTripsPerSource = round(median(trips), 2);
    const boundMs = round((roundTripsPerSource * latencyMs * sources) / parallelism);
    const applyMs = round(median(applies));
    const noChangeApplyMs = round(median(noChanges));
    const terraformDataApplyMs = round(median(floors));
    const reachableMs = round(boundMs + terraformDataApplyMs + providerProcesses * nodeFloorMs);
    return {
      sources,
      parallelism,
      latencyMs,
      roundTripsPerSource,
      boundMs,
      applyMs,
      ratio: round(applyMs / boundMs, 2),
      noChangeApplyMs,
      marginalRatio: round((applyMs - noChangeApplyMs) / boundMs, 2),
      terraformDataApplyMs,
      providerProcesses,
      nodeFloorMs,
      reachableMs,
      reachableRatio: round(reachableMs / boundMs, 2),
    };
  } finally {
    ws.cleanup();
    floor.cleanup();
  }
}

/** Creates `flows` whole flows (3 objects each) with a first apply (not timed); the caller
 * destroys them. */
export async function deployedFlows(endpoint: Endpoint, prefix: string, flows: number): Promise<TerraformWorkspace> {
  const ws = sourcesWorkspace(endpoint);
  ws.writeConfig(flowsHcl(prefix, flows));
  await ws.init();
  await ws.apply(["-parallelism=50"]);
  return ws;
}

/** `count` terraform_data resources, applied: the floor's workspace; the caller cleans up. */
export async function appliedTerraformData(count: number): Promise<TerraformWorkspace> {
  const ws = new TerraformWorkspace();
  ws.writeConfig(terraformDataHcl(count));
  await ws.init();
  await ws.apply(["-parallelism=50"]);
  return ws;
}

export interface FlowPlanResult {
  flows: number;
  objects: number;
  runs: number;
  medianPlanMs: number;
  /** A plan of as many terraform_data resources, interleaved with the flow plans. */
  terraformDataPlanMs: number;
  ratio: number;
  /** CPU time (user + system) of one plan's provider processes, summed; median. */
  providerCpuMs: number;
  /** CPU time of terraform itself in that plan (the whole command's minus the providers'); median. */
  terraformCpuMs: number;
  /** CPU time of the whole terraform_data plan; median. */
  terraformDataCpuMs: number;
  /** API requests of one plan (token included), by route. */
  requests: number;
  byRoute: Record<string, number>;
  /** Peak RSS of the largest provider process of one plan. */
  providerPeakRssMiB: number;
}

/** Plans of `flows` existing flows (nothing to change), alternating with plans of 3 x flows
 * terraform_data resources, medians of `runs` each. The first plan (untimed: it also warms the
 * code cache) counts the API requests and the providers' peak memory; the timed ones give the
 * providers' CPU time too, the figure a shared machine disturbs least. */
export async function benchFlowPlan(endpoint: Endpoint, flows: number, runs: number): Promise<FlowPlanResult> {
  const objects = 3 * flows;
  const ws = await deployedFlows(endpoint, `plan${flows}`, flows);
  const floor = await appliedTerraformData(objects);
  const probe = memoryProbe();
  const commandCpu = terraformCpuProbe();
  try {
    const { total: requests, byRoute } = await requestsDuring(endpoint.emulator, () => cleanPlan(ws, `of ${flows} flows`, probe.env));
    const providerPeakRssMiB = Math.max(0, ...probe.peaksMiB());
    const a: number[] = [];
    const b: number[] = [];
    const cpu: number[] = [];
    const terraformCpu: number[] = [];
    const floorCpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      probe.reset();
      a.push((await timed(() => cleanPlan(ws, `of ${flows} flows`, { ...probe.env, ...commandCpu.env }))).ms);
      const providers = probe.cpuMs().reduce((x, y) => x + y, 0);
      cpu.push(providers);
      terraformCpu.push(commandCpu.cpuMs() - providers);
      b.push((await timed(() => cleanPlan(floor, "of terraform_data", commandCpu.env))).ms);
      floorCpu.push(commandCpu.cpuMs());
    }
    await ws.destroy(["-parallelism=50"]);
    const medianPlanMs = round(median(a));
    const terraformDataPlanMs = round(median(b));
    return {
      flows,
      objects,
      runs,
      medianPlanMs,
      terraformDataPlanMs,
      ratio: round(medianPlanMs / terraformDataPlanMs, 2),
      providerCpuMs: round(median(cpu)),
      terraformCpuMs: round(median(terraformCpu)),
      terraformDataCpuMs: round(median(floorCpu)),
      requests,
      byRoute,
      providerPeakRssMiB,
    };
  } finally {
    probe.cleanup();
    commandCpu.cleanup();
    ws.cleanup();
    floor.cleanup();
  }
}

export interface FlowApplyResult {
  flows: number;
  objects: number;
  rounds: number;
  parallelism: number;
  medianApplyMs: number;
  /** Apply of as many terraform_data resources at the same parallelism, same rounds. */
  terraformDataApplyMs: number;
  ratio: number;
}

/** Each round creates `flows` flows (Terraform's default parallelism, no added latency), then
 * destroys them, and applies and destroys 3 x flows terraform_data resources. Medians. */
export async function benchFlowApply(endpoint: Endpoint, flows: number, rounds = 3, parallelism = 10): Promise<FlowApplyResult> {
  const objects = 3 * flows;
  const ws = sourcesWorkspace(endpoint);
  const floor = new TerraformWorkspace();
  const parallel = [`-parallelism=${parallelism}`];
  try {
    ws.writeConfig(flowsHcl("apply", flows));
    await ws.init();
    floor.writeConfig(terraformDataHcl(objects));
    await floor.init();
    const applies: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < rounds; i++) {
      applies.push((await timed(() => ws.apply(parallel))).ms);
      await ws.destroy(["-parallelism=50"]);
      floors.push((await timed(() => floor.apply(parallel))).ms);
      await floor.destroy(["-parallelism=50"]);
    }
    const medianApplyMs = round(median(applies));
    const terraformDataApplyMs = round(median(floors));
    return { flows, objects, rounds, parallelism, medianApplyMs, terraformDataApplyMs, ratio: round(medianApplyMs / terraformDataApplyMs, 2) };
  } finally {
    ws.cleanup();
    floor.cleanup();
  }
}
