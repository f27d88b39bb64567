// Names for the code export writes: a readable TypeScript identifier for each object
// ("orders-cdc" source → ordersCdcSource), a Terraform name ("orders_cdc"), and the name of
// each secret's variable. Two objects whose names differ only in what sanitizing drops
// ("orders-cdc", "orders_cdc") get numbered names, and each such clash is recorded so that
// the command can say which objects were renamed.

/** The words of a name: runs of letters and digits, split at camelCase humps too. */
export function wordsOf(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export function camelCase(words: string[]): string {
  return words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join("");
}

export function snakeCase(words: string[]): string {
  return words.join("_");
}

export interface NameClash {
  /** The object names that sanitize to one identifier. */
  names: string[];
  /** The identifiers they were given instead. */
  given: string[];
}

/** Hands out unique names within one namespace (the TypeScript identifiers of a project, the
 * Terraform names of one resource type). */
export class Namespace {
  private readonly taken = new Map<string, string>();
  private readonly clashes = new Map<string, NameClash>();

  /** `separator` goes before a clash's number ("_" for snake_case names). */
  constructor(
    reserved: readonly string[] = [],
    private readonly separator = "",
  ) {
    for (const r of reserved) this.taken.set(r, "");
  }

  /** A unique name for the object called `objectName`, made from `candidate`. */
  claim(candidate: string, objectName: string): string {
    let name = candidate;
    for (let n = 2; this.taken.has(name); n++) name = `${candidate}${this.separator || (/\d$/.test(candidate) ? "_" : "")}${n}`;
    if (name !== candidate) {
      const first = this.taken.get(candidate) ?? "";
      const clash = this.clashes.get(candidate) ?? { names: first ? [first] : [], given: first ? [candidate] : [] };
      clash.names.push(objectName);
      clash.given.push(name);
      this.clashes.set(candidate, clash);
    }
    this.taken.set(name, objectName);
    return name;
  }

  /** Names that collided after sanitizing, and what each object got instead. */
  collisions(): NameClash[] {
    return [...this.clashes.values()].filter((c) => c.names.length > 1);
  }
}

/** A TypeScript identifier for an object: its name's words in camelCase and its kind
 * ("Source", "Tag", ...), so that a source and a destination of one name stay apart. */
export function identifierFor(objectName: string, kindSuffix: string): string {
  const base = camelCase(wordsOf(objectName));
  const ident = base === "" ? kindSuffix[0].toLowerCase() + kindSuffix.slice(1) : `${base}${kindSuffix}`;
  return /^[0-9]/.test(ident) ? `n${ident}` : ident;
}

/** A Terraform name (resource label, variable name): snake_case, starting with a letter. */
export function terraformNameFor(objectName: string, fallback: string): string {
  const base = snakeCase(wordsOf(objectName));
  if (base === "") return fallback;
  return /^[0-9]/.test(base) ? `${fallback}_${base}` : base;
}
