import { getBool, getNumber, getString, getStringList, getStringMap, isKnownAttribute, requireString } from "./attributes";
import { DiagnosticsError } from "./diagnostics";
import { UNKNOWN } from "./values";

const obj = { name: "a", port: 5432, big: "12", on: true, config: { k: "v" }, list: ["x"], missing: null, later: UNKNOWN, bad: { k: 1 } };

describe("typed attribute readers", () => {
  it("read values of the right type", () => {
    expect(getString(obj, "name")).toBe("a");
    expect(getNumber(obj, "port")).toBe(5432);
    expect(getNumber(obj, "big")).toBe(12);
    expect(getBool(obj, "on")).toBe(true);
    expect(getStringMap(obj, "config")).toEqual({ k: "v" });
    expect(getStringList(obj, "list")).toEqual(["x"]);
    expect(getString(obj, "missing")).toBeNull();
    expect(getString(obj, "absent")).toBeNull();
  });

  it("throw DiagnosticsErrors with the attribute path", () => {
    const pathOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(DiagnosticsError);
        return (e as DiagnosticsError).diagnostics[0].path;
      }
      throw new Error("expected a throw");
    };
    expect(pathOf(() => getString(obj, "port"))).toEqual([{ attribute: "port" }]);
    expect(pathOf(() => getString(obj, "later"))).toEqual([{ attribute: "later" }]);
    expect(pathOf(() => getStringMap(obj, "bad"))).toEqual([{ attribute: "bad" }, { key: "k" }]);
    expect(pathOf(() => requireString(obj, "missing"))).toEqual([{ attribute: "missing" }]);
  });

  it("tells known from unknown", () => {
    expect(isKnownAttribute(obj, "later")).toBe(false);
    expect(isKnownAttribute(obj, "missing")).toBe(true);
  });
});
