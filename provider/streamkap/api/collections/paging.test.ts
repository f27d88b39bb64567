import { PageCursor } from "./paging";

const page = (n: number, total?: number) => ({ result: Array.from({ length: n }, (_, i) => ({ id: String(i), name: `s${i}`, connector: "x" })), total });

describe("PageCursor", () => {
  test("with a total, paging ends when the total is seen, even on a full page", () => {
    const c = new PageCursor(100);
    expect(c.next(page(100, 200))).toBe(true);
    expect(c.remainingPages(200)).toBe(1);
    expect(c.next(page(100, 200))).toBe(false);
  });

  test("a server that caps the page size: the first page's length is the size, the total decides", () => {
    const c = new PageCursor(100);
    expect(c.next(page(50, 120))).toBe(true);
    expect(c.remainingPages(120)).toBe(2);
    expect(c.next(page(50, 120))).toBe(true);
    expect(c.next(page(20, 120))).toBe(false);
  });

  test("without a total, a page shorter than the size asked for is the last", () => {
    const c = new PageCursor(100);
    expect(c.next(page(100))).toBe(true);
    expect(c.remainingPages(undefined)).toBeUndefined();
    expect(c.next(page(99))).toBe(false);
  });

  test("an empty page ends the paging whatever the total says", () => {
    const c = new PageCursor(100);
    expect(c.next(page(100, 500))).toBe(true);
    expect(c.next(page(0, 500))).toBe(false);
  });
});
