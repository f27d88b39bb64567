// streamkap_transform_<type>: one resource per transform type, its schema from the transform
// catalog. A create POSTs the config once (a name in use is refused with the import command,
// never adopted), writes implementation_json, and — with deploy = true — deploys the job and
// waits until it is RUNNING; anything failing after the POST leaves the transform in state,
// tainted, with the reason. An update PUTs the config with the implementation (the API
// replaces it with what the PUT carries, so it is always resent) and redeploys only when what
// the job runs changed. Every check of the configuration is made when planning, with no API
// call. Reads refresh the job's status and show an implementation changed outside Terraform.
import type { TransformType } from "../../../catalog/transform-types";
import { attr, DiagnosticsError, type Diagnostics } from "../../framework/diagnostics";
import type { CallContext, Resource } from "../../framework/resource";
import { isUnknown, textOf, type ObjectValue } from "../../framework/values";
import type { StreamkapApi } from "../api/client";
import { createResourceOnce } from "../common/create-once";
import type { ApiTransform, TransformWrite } from "../api/collections/transforms";
import { describedCall, requireId, resolvePlanned } from "../common/calls";
import { deleteAndWait } from "../common/operations";
import { checkTagKinds, tagsFromApi, tagsToSend } from "../common/tags";
import { deadlineFor } from "../common/timeouts";
import { attributesFromConfig, configFromAttributes } from "../connectors/config-values";
import { currentJobStatus, deployAndWait, deploysNow, NO_JOB } from "./deployment";
import { IMPLEMENTATION, implementationFromApi, plannedImplementation, sameImplementation } from "./implementation";
import { transformSchema } from "./schema";

type Ctx = CallContext<StreamkapApi>;

export function transformResource(type: TransformType): Resource<StreamkapApi> {
  const schema = transformSchema(type);
  const resourceType = type.terraform_resource;
  return {
    typeName: resourceType,
    schema,

    validate(config, diagnostics) {
      validatePatterns(type, config, diagnostics);
    },

    modifyPlan({ prior, planned, config }) {
      // The same document written differently is no change.
      if (prior === null || !sameImplementation(config[IMPLEMENTATION] ?? null, prior[IMPLEMENTATION] ?? null)) return;
      return { planned: { ...planned, [IMPLEMENTATION]: prior[IMPLEMENTATION] } };
    },

    checkPlan: (req, ctx) => checkTagKinds("transforms", req, ctx),

    async create({ planned }, ctx) {
      const deadline = deadlineFor(planned, "create");
      const body = writeBody(type, planned);
      const created = await describedCall(`Could not create transform "${body.name}"`, () =>
        createResourceOnce(ctx.client.transforms, body, { resourceType, deadline, signal: ctx.signal }),
      );
      const state = stateFromApi(type, created, planned, NO_JOB, ctx.diagnostics);
      // From here on the transform exists: a failure is reported and it stays in state.
      return keptOnFailure(ctx, resolvePlanned(planned, state), async (kept) => {
        const implementation = plannedImplementation(planned);
        if (implementation) await writeImplementation(ctx, created.id, body.name, implementation, deadline);
        if (deploysNow(schema, null, planned)) kept.connector_status = await deployAndWait(ctx, type, created.id, planned, deadline);
      });
    },

    async read({ state }, ctx) {
      const id = requireId(state);
      const found = await describedCall("Could not read transform", () => ctx.client.transforms.get(id, { signal: ctx.signal }));
      if (!found) return null;
      if (found.transform_type && found.transform_type !== type.id) throw wrongType(type, found);
      const status = await currentJobStatus(ctx, id, state.connector_status);
      return stateFromApi(type, found, state, status, ctx.diagnostics);
    },

    async update({ prior, planned }, ctx) {
      const id = requireId(prior);
      const deadline = deadlineFor(planned, "update");
      const implementation = plannedImplementation(planned) ?? (await currentImplementation(ctx, id));
      const body: TransformWrite = { ...writeBody(type, planned), ...(implementation ? { implementation } : {}) };
      const updated = await describedCall(`Could not update transform "${body.name}"`, () =>
        ctx.client.transforms.update(id, body, { signal: ctx.signal, deadline }),
      );
      const state = resolvePlanned({ ...planned, id }, stateFromApi(type, updated, planned, textOf(prior.connector_status ?? NO_JOB), ctx.diagnostics));
      return keptOnFailure(ctx, state, async (kept) => {
        const changed = plannedImplementation(planned) && !sameImplementation(planned[IMPLEMENTATION], prior[IMPLEMENTATION]);
        if (changed && implementation) await writeImplementation(ctx, id, body.name, implementation, deadline);
        kept.connector_status = deploysNow(schema, prior, planned)
          ? await deployAndWait(ctx, type, id, planned, deadline)
          : await currentJobStatus(ctx, id, prior.connector_status);
      });
    },

    async delete({ state }, ctx) {
      await deleteAndWait(ctx, { api: ctx.client.transforms, status: TRANSFORM_STATUS }, state);
    },

    importState(id) {
      return { id };
    },
  };
}

/** How a transform object describes itself while Terraform waits for its deletion. */
const TRANSFORM_STATUS = {
  statusOf: (t: ApiTransform) => (typeof t.status === "string" ? t.status : undefined),
  describe: (t: ApiTransform) => (typeof t.status === "string" ? t.status : "present"),
};

function writeBody(type: TransformType, planned: ObjectValue): TransformWrite {
  return { name: textOf(planned.name), transform: type.id, config: configFromAttributes(type, planned), tags: tagsToSend(planned) };
}

/** The state an API answer gives: its config in the type's attributes, its implementation,
 * and what only Terraform knows (deploy, replay_window, timeouts) kept from `prior`. */
function stateFromApi(type: TransformType, found: ApiTransform, prior: ObjectValue, status: string, diagnostics: Diagnostics): ObjectValue {
  const config = found.config ?? {};
  return {
    id: found.id,
    name: typeof found.name === "string" ? found.name : typeof config["transforms.name"] === "string" ? config["transforms.name"] : null,
    transform_type: typeof found.transform_type === "string" ? found.transform_type : type.id,
    tags: tagsFromApi(found),
    ...attributesFromConfig(type, config, prior, diagnostics),
    [IMPLEMENTATION]: implementationFromApi(type, found.implementation, prior[IMPLEMENTATION]),
    // An imported transform gets the default; its first apply with deploy = true deploys it.
    deploy: typeof prior.deploy === "boolean" ? prior.deploy : false,
    replay_window: typeof prior.replay_window === "string" && !isUnknown(prior.replay_window) ? prior.replay_window : null,
    connector_status: status,
    timeouts: prior.timeouts ?? null,
  };
}

/** Runs the steps that follow a successful write; a failure among them becomes diagnostics on
 * the apply while the state, as far as it got, is returned (so a new transform is tainted,
 * not orphaned). */
async function keptOnFailure(ctx: Ctx, state: ObjectValue, steps: (kept: ObjectValue) => Promise<void>): Promise<ObjectValue> {
  const kept = { ...state };
  try {
    await steps(kept);
  } catch (err) {
    if (!(err instanceof DiagnosticsError)) throw err;
    ctx.diagnostics.append(err.diagnostics);
    if (isUnknown(kept.connector_status ?? null)) kept.connector_status = NO_JOB;
  }
  return kept;
}

async function writeImplementation(ctx: Ctx, id: string, name: string, implementation: Record<string, unknown>, deadline: number): Promise<void> {
  await describedCall(`Could not write the implementation of transform "${name}"`, () =>
    ctx.client.transforms.putImplementation(id, implementation, { signal: ctx.signal, deadline }),
  );
}

/** The implementation Streamkap holds, to resend with an update that leaves it to the app. */
async function currentImplementation(ctx: Ctx, id: string): Promise<Record<string, unknown> | undefined> {
  const found = await describedCall("Could not read transform", () => ctx.client.transforms.get(id, { signal: ctx.signal, fresh: true }));
  if (!found)
    throw DiagnosticsError.single("Transform not found", `Transform ${id} no longer exists in Streamkap; remove it from state or apply again to re-create it.`);
  const impl = found.implementation;
  return impl && typeof impl === "object" && !Array.isArray(impl) && Object.keys(impl).length > 0 ? (impl as Record<string, unknown>) : undefined;
}

function wrongType(type: TransformType, found: ApiTransform): DiagnosticsError {
  return DiagnosticsError.single(
    "Wrong transform type",
    `Transform ${found.id} ("${String(found.name)}") is a ${String(found.transform_type)} transform, not ${type.id}. ` +
      `Manage it as streamkap_transform_${String(found.transform_type)} (terraform import streamkap_transform_${String(found.transform_type)}.<name> ${found.id}).`,
  );
}

/** A pattern left at its placeholder matches no topic: an error when the transform is to be
 * deployed (it would run on nothing), a warning otherwise. */
function validatePatterns(type: TransformType, config: ObjectValue, diagnostics: Diagnostics): void {
  for (const field of type.fields.filter((f) => f.placeholder_default)) {
    const value = config[field.tf_name] ?? null;
    if (isUnknown(value) || (value !== null && value !== field.default)) continue;
    const detail =
      `${field.tf_name} is the placeholder ${JSON.stringify(field.default)}, which matches no topic. ` +
      (field.api_key.includes("input")
        ? 'Set it to a regular expression of the topics to read, e.g. "source_<id>\\\\.public\\\\.orders".'
        : 'Set it to the output topic name, e.g. "clean-$0".');
    if (config.deploy === true) diagnostics.error("Transform would run on a placeholder", detail, attr(field.tf_name));
    else diagnostics.warning("Placeholder topic pattern", `${detail} The transform cannot be deployed until it is set.`, attr(field.tf_name));
  }
}
