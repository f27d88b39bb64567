import { addressFor, readAddress } from "./address";

test("the console's address: the view and the selected key, read back as written; anything else ignored", () => {
  expect(readAddress("?view=table")).toEqual({ view: "table" });
  expect(readAddress("?view=graph&selected=source%3Aabc")).toEqual({ view: "graph", selected: "source:abc" });
  expect(readAddress("?view=pie&selected=")).toEqual({});
  expect(readAddress("")).toEqual({});
  const state = { view: "table" as const, selected: "pipeline:65a000000000000000000005" };
  expect(readAddress(addressFor(state))).toEqual(state);
  expect(addressFor({})).toBe("");
});
