import { StreamkapApiError } from "../transport/api-error";
import type { RequestSpec } from "../transport/engine";
import { fakeEngine } from "../testdata/fake-engine";
import { TransformCollection } from "./transforms";

function engine(answer: (spec: RequestSpec) => unknown) {
  const { sent, engine: fake } = fakeEngine(answer);
  return { sent, transforms: new TransformCollection(fake) };
}

const id = "a".repeat(24);
const answer = { id, name: "clean", transform_type: "map_filter", config: {} };
const write = { name: "clean", transform: "map_filter", config: { "transforms.language": "JavaScript" }, tags: null };

describe("TransformCollection", () => {
  test("create sends the name inside config, created_from terraform and no wait", async () => {
    const { sent, transforms } = engine(() => answer);
    await transforms.create(write);
    expect(sent[0].method).toBe("POST");
    expect(sent[0].path).toBe("/transforms");
    expect(sent[0].query).toEqual({ secret_returned: false });
    expect(sent[0].body).toEqual({
      transform: "map_filter",
      config: { "transforms.language": "JavaScript", "transforms.name": "clean" },
      tags: null,
      created_from: "terraform",
    });
  });

  test("update carries the id in the body of PUT /transforms; delete in the query", async () => {
    const { sent, transforms } = engine(() => answer);
    await transforms.update(id, { ...write, implementation: { language: "JAVASCRIPT" } });
    expect(sent[0]).toMatchObject({ method: "PUT", path: "/transforms", body: { id, transform: "map_filter", implementation: { language: "JAVASCRIPT" } } });
    expect(sent[0].body).not.toHaveProperty("name");
    await transforms.delete(id);
    expect(sent[1]).toMatchObject({ method: "DELETE", path: "/transforms", query: { id } });
  });

  test("a read asks for the topics as they are", async () => {
    const { sent, transforms } = engine(() => ({ result: [answer] }));
    expect(await transforms.get(id)).toEqual(answer);
    expect(sent[0]).toMatchObject({ method: "GET", path: `/transforms/${id}`, query: { unwind_topics: false } });
  });

  test("deploy: preview with the replay window, then live; '0' is no parameter; a topic router skips the preview", async () => {
    const { sent, transforms } = engine(() => ({}));
    await transforms.deploy(id, { preview: true, replayWindow: "24h" });
    await transforms.deploy(id, { preview: true, replayWindow: "0" });
    await transforms.deploy(id, { preview: false, replayWindow: "7d" });
    expect(sent.map((s) => [s.method, s.path, s.query])).toEqual([
      ["PUT", `/transforms/${id}/deploy-job-preview/no-version`, { replay_window: "24h" }],
      ["PUT", `/transforms/${id}/deploy-job-live/no-version`, undefined],
      ["PUT", `/transforms/${id}/deploy-job-preview/no-version`, undefined],
      ["PUT", `/transforms/${id}/deploy-job-live/no-version`, undefined],
      ["PUT", `/transforms/${id}/deploy-job-live/no-version`, undefined],
    ]);
  });

  test("putImplementation writes implementation_details with the transform id", async () => {
    const { sent, transforms } = engine(() => ({}));
    await transforms.putImplementation(id, { language: "JAVASCRIPT", value_transform: "function _streamkap_transform(v) { return v; }" });
    expect(sent[0]).toMatchObject({
      method: "PUT",
      path: `/transforms/${id}/implementation_details`,
      body: { transform_id: id, implementation: { language: "JAVASCRIPT" } },
    });
  });

  test("job status: the job with its reason; 'Job not found' is no job; other failures stay errors", async () => {
    const job = await engine(() => ({ id, job_name: "j", status: "FAILED", reason: "TypeError: boom" })).transforms.jobStatus(id);
    expect(job).toMatchObject({ id, status: "FAILED", status_reason: "TypeError: boom" });
    const noJob = () => {
      throw new StreamkapApiError({ method: "GET", path: `/transforms/${id}/job_status`, status: 400, body: { detail: "Job not found" } });
    };
    expect(await engine(noJob).transforms.jobStatus(id)).toBeUndefined();
    const broken = () => {
      throw new StreamkapApiError({ method: "GET", path: `/transforms/${id}/job_status`, status: 500, body: { detail: "boom" } });
    };
    await expect(engine(broken).transforms.jobStatus(id)).rejects.toThrow("500");
  });
});
