import { describe, expect, it } from "vitest";
import { chunkIds } from "./chunk";

describe("chunkIds", () => {
  it("splits 250 ids into calls of at most 100 (the InstanceIds.N limit), in order", () => {
    const ids = Array.from({ length: 250 }, (_, i) => `ins-${i}`);
    const chunks = chunkIds(ids, 100);
    expect(chunks.map((c) => c.length)).toEqual([100, 100, 50]);
    expect(chunks.flat()).toEqual(ids);
  });

  it("single-instance actions get one call per instance", () => {
    expect(chunkIds(["a", "b"], 1)).toEqual([["a"], ["b"]]);
  });

  it("refuses a non-positive size", () => {
    expect(() => chunkIds(["a"], 0)).toThrow(RangeError);
  });
});
