// Request counts by route pattern, so tests can tell how many API calls a tool made.
export class RequestStats {
  private readonly counts = new Map<string, number>();
  private total = 0;

  /** @param route "<METHOD> <pattern>", or undefined for a path no route matches. */
  record(route: string | undefined): void {
    this.total++;
    if (route) this.counts.set(route, (this.counts.get(route) ?? 0) + 1);
  }

  snapshot(): { requests: Record<string, number> } {
    return { requests: { total: this.total, ...Object.fromEntries(this.counts) } };
  }
}
