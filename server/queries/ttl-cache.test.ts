import { describe, expect, it, vi } from "vitest";
import { createTtlCache } from "./ttl-cache";

describe("createTtlCache", () => {
  it("expires entries after the TTL (injected clock)", async () => {
    let now = 0;
    const cache = createTtlCache<number>({ ttlMs: 1000, now: () => now });
    const load = vi.fn(async () => now);
    expect(await cache.get("k", load)).toBe(0);
    now = 999;
    expect(await cache.get("k", load)).toBe(0);
    now = 1000;
    expect(await cache.get("k", load)).toBe(1000);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("shares one in-flight call between concurrent callers", async () => {
    const cache = createTtlCache<string>({ ttlMs: 1000 });
    const load = vi.fn(() => new Promise<string>((resolve) => setTimeout(() => resolve("v"), 5)));
    expect(await Promise.all([cache.get("k", load), cache.get("k", load)])).toEqual(["v", "v"]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("keeps a failure only for errorTtlMs", async () => {
    let now = 0;
    const cache = createTtlCache<string>({ ttlMs: 60_000, errorTtlMs: 5_000, now: () => now });
    const load = vi.fn().mockRejectedValueOnce(new Error("down")).mockResolvedValue("up");
    await expect(cache.get("k", load)).rejects.toThrow("down");
    now = 4_999;
    await expect(cache.get("k", load)).rejects.toThrow("down"); // same render: no second slow call
    now = 5_000;
    expect(await cache.get("k", load)).toBe("up");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("evicts the oldest entry beyond its size bound", async () => {
    const cache = createTtlCache<string>({ ttlMs: 60_000, maxEntries: 2 });
    const load = vi.fn(async () => "v");
    await cache.get("a", load);
    await cache.get("b", load);
    await cache.get("c", load); // evicts "a"
    await cache.get("b", load);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.get("a", load);
    expect(load).toHaveBeenCalledTimes(4);
  });
});
