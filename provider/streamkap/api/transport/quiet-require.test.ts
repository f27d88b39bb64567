import { requireWithoutFetchGlobals } from "./quiet-require";

test("the fetch globals are hidden while the module loads and restored after", () => {
  const before = Object.getOwnPropertyDescriptor(globalThis, "FormData");
  const seen = requireWithoutFetchGlobals(() => ({ formData: typeof FormData, request: typeof Request, fetch: typeof fetch }));
  expect(seen).toEqual({ formData: "undefined", request: "undefined", fetch: "undefined" });
  expect(Object.getOwnPropertyDescriptor(globalThis, "FormData")).toEqual(before);
  expect(typeof Request).toBe("function");
});

test("they are restored when the load throws", () => {
  expect(() =>
    requireWithoutFetchGlobals(() => {
      throw new Error("broken module");
    }),
  ).toThrow("broken module");
  expect(typeof fetch).toBe("function");
});
