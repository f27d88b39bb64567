// streamkap_pipeline: joins a source to a destination. Beyond the official provider, which
// posts and forgets, the apply waits until the pipeline runs (or fails it, Broken, with the
// API's reason, leaving it in state to be replaced), a name already taken is refused before
// any POST (never adopted), a source or destination deleted outside Terraform is reported on
// refresh, and refresh reads pipelines from the shared listing like every other kind.
import { attr } from "../../framework/diagnostics";
import type { CallContext, Resource } from "../../framework/resource";
import { isObjectValue, type ObjectValue, textOf } from "../../framework/values";
import type { ApiPipeline, PipelineWrite } from "../api/collections/pipelines";
import type { StreamkapApi } from "../api/client";
import type { StatusReader } from "../api/collections/status-wait";
import { redact } from "../api/transport/redaction";
import { describedCall, requireId, resolvePlanned } from "../common/calls";
import { createAndWait, deleteAndWait, updateAndWait } from "../common/operations";
import { checkTagKinds } from "../common/tags";
import { PIPELINE_TYPE, pipelineSchema } from "./schema";
import { pipelineBody, pipelineState } from "./wire";

type Ctx = CallContext<StreamkapApi>;

/** A pipeline's status, and why it broke. */
const PIPELINE_STATUS: StatusReader<ApiPipeline> = {
  statusOf: (p) => p.status,
  describe: (p, secrets = []) => redact(`${p.status ?? "unknown"}${p.status_reason ? ` (${p.status_reason})` : ""}`, secrets),
};

/** What a pipeline settles in: running, or held by a paused or stopped source or destination.
 * Broken fails the apply; Starting is waited out. */
const SETTLED = ["Active", "Paused", "Stopped"] as const;

export function pipelineResource(): Resource<StreamkapApi> {
  return {
    typeName: PIPELINE_TYPE,
    schema: pipelineSchema,

    checkPlan: (req, ctx) => checkTagKinds("pipelines", req, ctx),

    async create({ planned }, ctx) {
      const request = { body: await bodyFor(planned, ctx), planned, target: SETTLED };
      const created = await createAndWait(ctx, watched(ctx), PIPELINE_TYPE, request);
      return resolvePlanned(planned, pipelineState(created), "status");
    },

    async read({ state }, ctx) {
      const found = await describedCall("Could not read pipeline", () => ctx.client.pipelines.get(requireId(state), { signal: ctx.signal }));
      if (!found) return null;
      const read = pipelineState(found);
      await reportMissingEnds(read, ctx);
      return { ...read, timeouts: state.timeouts ?? null };
    },

    async update({ prior, planned }, ctx) {
      const id = requireId(prior);
      const updated = await updateAndWait(ctx, watched(ctx), id, { body: await bodyFor(planned, ctx), planned, target: SETTLED });
      return resolvePlanned({ ...planned, id }, pipelineState(updated), "status");
    },

    async delete({ state }, ctx) {
      await deleteAndWait(ctx, watched(ctx), state);
    },

    importState(id) {
      return { id };
    },
  };
}

function bodyFor(planned: ObjectValue, ctx: Ctx): Promise<PipelineWrite> {
  return describedCall("Could not read a transform of the pipeline", () =>
    pipelineBody(planned, (id) => ctx.client.transforms.get(id, { signal: ctx.signal })),
  );
}

const watched = (ctx: Ctx) => ({ api: ctx.client.pipelines, status: PIPELINE_STATUS });

/** A source or destination deleted outside Terraform leaves the pipeline pointing at nothing:
 * say so, since the plan that follows is about the connector, not the pipeline. The reads
 * come from the listing refresh already holds. */
async function reportMissingEnds(read: ObjectValue, ctx: Ctx): Promise<void> {
  for (const [end, api] of [
    ["source", ctx.client.sources],
    ["destination", ctx.client.destinations],
  ] as const) {
    const ref = read[end];
    const id = isObjectValue(ref) && typeof ref.id === "string" ? ref.id : undefined;
    if (!id || (await api.get(id, { signal: ctx.signal }).catch(() => "unknown"))) continue;
    ctx.diagnostics.warning(
      `The pipeline's ${end} no longer exists`,
      `Pipeline "${textOf(read.name)}" (${textOf(read.id)}) reads from ${end} ${id}, which was deleted outside Terraform. ` +
        `Apply again to re-create the ${end} and point the pipeline at it, or remove the pipeline.`,
      attr(end, { attribute: "id" }),
    );
  }
}

export const pipelineResources = () => ({ resources: [pipelineResource()], dataSources: [] });
