import { renewalLeadMs, TokenCache } from "./token-cache";

describe("TokenCache", () => {
  test("fetches once, shares a renewal among concurrent callers, renews near expiry", async () => {
    let now = 0;
    let issued = 0;
    const cache = new TokenCache(
      async () => ({ accessToken: `t${++issued}`, expiresIn: 100 }),
      () => now,
    );
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual(["t1", "t1", "t1"]);
    expect(issued).toBe(1);
    now = 79_000;
    expect(await cache.get()).toBe("t1");
    now = 81_000; // within the last fifth of the lifetime
    expect(await cache.get()).toBe("t2");
  });

  test("invalidate forgets only the refused token", async () => {
    let issued = 0;
    const cache = new TokenCache(async () => ({ accessToken: `t${++issued}`, expiresIn: 3600 }));
    await cache.get();
    cache.invalidate("t0");
    expect(await cache.get()).toBe("t1");
    cache.invalidate("t1");
    expect(await cache.get()).toBe("t2");
  });

  test("a failed renewal is not cached", async () => {
    let calls = 0;
    const cache = new TokenCache(async () => {
      if (++calls === 1) throw new Error("down");
      return { accessToken: "ok", expiresIn: 60 };
    });
    await expect(cache.get()).rejects.toThrow("down");
    expect(await cache.get()).toBe("ok");
  });

  test("the renewal margin is a fifth of the lifetime, at most a minute", () => {
    expect(renewalLeadMs(10)).toBe(8000);
    expect(renewalLeadMs(3600)).toBe(3_540_000);
    expect(renewalLeadMs(0)).toBe(0);
  });
});
