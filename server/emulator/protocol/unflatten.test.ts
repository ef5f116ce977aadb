import { describe, expect, it } from "vitest";
import { unflatten } from "./unflatten";

describe("unflatten", () => {
  it("rebuilds arrays of structures from Filters.0.Name / Filters.0.Values.N (seed 11373–11377)", () => {
    expect(
      unflatten({
        "Filters.0.Name": "zone",
        "Filters.0.Values.0": "ap-guangzhou-2",
        "Filters.1.Name": "instance-charge-type",
        "Filters.1.Values.1": "POSTPAID_BY_HOUR",
        "Filters.1.Values.0": "PREPAID",
        Limit: "10",
      }),
    ).toEqual({
      Filters: [
        { Name: "zone", Values: ["ap-guangzhou-2"] },
        { Name: "instance-charge-type", Values: ["PREPAID", "POSTPAID_BY_HOUR"] },
      ],
      Limit: "10",
    });
  });

  it("orders indexes numerically, so .10 comes after .9", () => {
    const flat = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`InstanceIds.${i}`, `ins-${i}`]));
    expect((unflatten(flat).InstanceIds as string[]).at(-1)).toBe("ins-10");
  });

  it("refuses index gaps, conflicting keys and empty segments with InvalidParameter", () => {
    expect(() => unflatten({ "InstanceIds.1": "x" })).toThrow(expect.objectContaining({ code: "InvalidParameter" }));
    expect(() => unflatten({ Placement: "x", "Placement.Zone": "y" })).toThrow(expect.objectContaining({ code: "InvalidParameter" }));
    expect(() => unflatten({ "A..B": "x" })).toThrow(expect.objectContaining({ code: "InvalidParameter" }));
  });

  it("keeps __proto__ as an ordinary (later unknown) key instead of touching prototypes", () => {
    const out = unflatten({ "__proto__.polluted": "yes" });
    expect(Object.keys(out)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
