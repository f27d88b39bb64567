// A request engine for collection tests: records every request and answers with what the
// test's function returns (or throws), so a test sees exactly what a collection sends.
import type { ApiResponse, RequestEngine, RequestSpec } from "../transport/engine";

export function fakeEngine(answer: (spec: RequestSpec) => unknown): { sent: RequestSpec[]; engine: RequestEngine } {
  const sent: RequestSpec[] = [];
  const engine: RequestEngine = {
    async request<T>(spec: RequestSpec) {
      sent.push(spec);
      return { status: 200, data: answer(spec), headers: {} } as ApiResponse<T>;
    },
    writeTiming: () => ({ deadline: Date.now() + 1000 }),
    readDeadline: () => Date.now() + 1000,
    rememberSecrets: () => undefined,
  };
  return { sent, engine };
}
