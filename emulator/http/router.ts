// Matching "METHOD /path" against patterns such as "/sources/{id}".
export interface Route<H> {
  method: string;
  pattern: string;
  handler: H;
}

export type RouteMatch<H> = { kind: "found"; route: Route<H>; params: Record<string, string> } | { kind: "wrong-method" } | { kind: "none" };

export class Router<H> {
  private readonly routes: { route: Route<H>; regex: RegExp; names: string[] }[] = [];

  add(method: string, pattern: string, handler: H): this {
    const names: string[] = [];
    const source = pattern
      .split("/")
      .map((part) => {
        const param = /^\{(\w+)\}$/.exec(part);
        if (!param) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(param[1]);
        return "([^/]+)";
      })
      .join("/");
    this.routes.push({ route: { method, pattern, handler }, regex: new RegExp(`^${source}/?$`), names });
    return this;
  }

  /** Every route, in the order added (what a test walks to try them all). */
  list(): Route<H>[] {
    return this.routes.map(({ route }) => route);
  }

  match(method: string, path: string): RouteMatch<H> {
    let wrongMethod = false;
    for (const { route, regex, names } of this.routes) {
      const m = regex.exec(path);
      if (!m) continue;
      if (route.method !== method) {
        wrongMethod = true;
        continue;
      }
      const params: Record<string, string> = {};
      names.forEach((name, i) => (params[name] = safeDecode(m[i + 1])));
      return { kind: "found", route, params };
    }
    return wrongMethod ? { kind: "wrong-method" } : { kind: "none" };
  }
}

/** A path segment decoded; as it came when it is not valid percent-encoding. */
export function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
