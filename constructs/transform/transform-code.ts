// TransformCode: where a transform's implementation comes from. Code (a TypeScript or
// JavaScript file, or source text) is bundled into self-contained scripts and its exports are
// checked against the transform type; an implementation object (the SQL types' tables and
// queries) is taken as the API takes it. Either way the result is the `implementation_json`
// a transform resource sends.
import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { bundleTransform, TransformBundleError, type BundledModule, type BundleEntry } from "./bundle";
import { checkImplementation, transformCatalog, type TransformType, type TransformTypeId } from "../../catalog/transform-types";
import { codeImplementation, exportProblems, javascriptTypes } from "./entry-functions";
import { entryFunctionProblems } from "./inspect-exports";

/** What a TransformCode gives a transform of some type. */
export interface BoundTransformCode {
  /** The implementation, as `implementation_json` takes it; undefined when there are problems. */
  readonly json?: string;
  /** The value of the config's `transforms.language` it implies, when it implies one. */
  readonly language?: "JavaScript";
  /** Everything wrong with the code for this type, each naming where. */
  readonly problems: string[];
}

export abstract class TransformCode {
  /** A TypeScript or JavaScript module exporting the transform's functions (`valueTransform`,
   * `keyTransform`, `topicTransform`), bundled with its npm dependencies. A relative path is
   * taken from the current directory (where cdktf runs the app); `join(__dirname, ...)` is
   * safest in a file that others import. */
  static fromFile(path: string): TransformCode {
    return new ModuleCode({ file: isAbsolute(path) ? path : resolve(path) });
  }

  /** Module source text, bundled like a file; its imports resolve from `resolveDir`
   * (default: the current directory). */
  static fromInline(source: string, options: { resolveDir?: string } = {}): TransformCode {
    return new ModuleCode({ source, resolveDir: resolve(options.resolveDir ?? "."), name: "<inline transform>" });
  }

  /** An implementation object as the Streamkap API takes it, e.g. for sql_join
   * `{ inputTables, joinSQL, keyFields }`. */
  static fromImplementation(implementation: Record<string, unknown>): TransformCode {
    return new ObjectCode(implementation);
  }

  /** The implementation for a transform of `type` ("map_filter", ...), with every problem found:
   * what StreamkapTransform sends as `implementation_json`. */
  bind(type: TransformTypeId | TransformType): BoundTransformCode {
    return this.bindType(typeof type === "string" ? transformCatalog.get(type) : type);
  }

  protected abstract bindType(type: TransformType): BoundTransformCode;
}

/** A module bundled once, then checked for each type it is bound to. */
class ModuleCode extends TransformCode {
  private bundled?: BundledModule;

  constructor(private readonly entry: BundleEntry) {
    super();
  }

  /** The bundled module, or the reasons it cannot be bundled. */
  bundle(): BundledModule {
    if ("file" in this.entry && !existsSync(this.entry.file)) {
      throw new TransformBundleError(this.entry.file, [`no such file (looked for ${this.entry.file} from ${process.cwd()})`]);
    }
    this.bundled ??= bundleTransform(this.entry);
    return this.bundled;
  }

  protected bindType(type: TransformType): BoundTransformCode {
    if (!javascriptTypes().includes(type)) {
      return {
        problems: [
          `a ${type.id} transform does not run JavaScript code (the types that do: ${javascriptTypes()
            .map((t) => t.id)
            .join(", ")}); give its implementation with TransformCode.fromImplementation`,
        ],
      };
    }
    let bundled: BundledModule;
    try {
      bundled = this.bundle();
    } catch (err) {
      if (!(err instanceof TransformBundleError)) throw err;
      return { problems: err.problems.map((p) => `implementation: ${p}`) };
    }
    const where = bundled.entryName;
    const named = exportProblems(type, bundled.exports);
    const problems = (named.length > 0 ? named : entryFunctionProblems(type, bundled)).map((p) => `implementation ${where} ${p}`);
    if (problems.length > 0) return { problems };
    const implementation = codeImplementation(type, bundled);
    // The rule the provider applies at plan, so that what synth accepts plans too.
    const planProblems = checkImplementation(type, implementation, "JavaScript").map((p) => `implementation ${where}: ${p.path.join(".")} ${p.message}`);
    if (planProblems.length > 0) return { problems: planProblems };
    return { json: JSON.stringify(implementation), language: "JavaScript", problems: [] };
  }
}

class ObjectCode extends TransformCode {
  constructor(private readonly implementation: Record<string, unknown>) {
    super();
  }

  protected bindType(type: TransformType): BoundTransformCode {
    const problems = checkImplementation(type, this.implementation).map((p) => `implementation${p.path.length > 0 ? `.${p.path.join(".")}` : ""} ${p.message}`);
    return problems.length > 0 ? { problems } : { json: JSON.stringify(this.implementation), problems: [] };
  }
}
