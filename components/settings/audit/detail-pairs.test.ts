import { describe, expect, it } from "vitest";
import { detailPairs } from "./detail-pairs";

describe("detailPairs", () => {
  it("flattens nested objects to dotted keys, joins plain arrays, indexes arrays of objects", () => {
    const { pairs, more } = detailPairs({
      region: "ap-guangzhou",
      InstanceIds: ["ins-1", "ins-2"],
      change: { Name: "web", Count: 2, On: false },
      disks: [{ size: 50 }, { size: 100 }],
    });
    expect(pairs).toEqual([
      { key: "region", value: "ap-guangzhou", kind: "text" },
      { key: "InstanceIds", value: "ins-1, ins-2", kind: "text" },
      { key: "change.Name", value: "web", kind: "text" },
      { key: "change.Count", value: "2", kind: "text" },
      { key: "change.On", value: "false", kind: "text" },
      { key: "disks[0].size", value: "50", kind: "text" },
      { key: "disks[1].size", value: "100", kind: "text" },
    ]);
    expect(more).toBe(0);
  });

  it("marks redacted values and empty ones", () => {
    expect(detailPairs({ nested: { password: "[redacted]" }, endpoint: null, note: "", list: [], obj: {} }).pairs).toEqual([
      { key: "nested.password", value: "[redacted]", kind: "redacted" },
      { key: "endpoint", value: "null", kind: "empty" },
      { key: "note", value: '""', kind: "empty" },
      { key: "list", value: "[]", kind: "empty" },
      { key: "obj", value: "{}", kind: "empty" },
    ]);
  });

  it("shows at most `max` pairs and counts the rest", () => {
    const detail = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`k${i}`, i]));
    const { pairs, more } = detailPairs(detail, 3);
    expect(pairs.map((p) => p.key)).toEqual(["k0", "k1", "k2"]);
    expect(more).toBe(2);
  });
});
