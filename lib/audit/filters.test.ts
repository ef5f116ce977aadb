import { describe, expect, it } from "vitest";
import { auditQuery, groupActions, parseAuditFilters, utcDayStart } from "./filters";

const parse = (query: string) => parseAuditFilters(new URLSearchParams(query));

describe("parseAuditFilters", () => {
  it("reads every filter into URL params and a query filter", () => {
    const p = parse("user=u-1&action=instance.rename&target=%20ins-abc%20&result=error&from=2024-06-01&to=2024-06-02&before=0001abc");
    expect(p.errors).toEqual({});
    expect(p.params).toEqual({ user: "u-1", action: "instance.rename", target: "ins-abc", result: "error", from: "2024-06-01", to: "2024-06-02" });
    expect(p.filter).toEqual({
      userId: "u-1",
      action: "instance.rename",
      targetContains: "ins-abc",
      result: "error",
      fromMs: Date.UTC(2024, 5, 1),
      toMs: Date.UTC(2024, 5, 3), // the whole "to" day is included
    });
    expect(p.before).toBe("0001abc");
  });

  it("an action group and the 'no user' choice", () => {
    expect(parse("action=sharedView.*&user=system").filter).toEqual({ actionGroup: "sharedView", userId: null });
  });

  it("the same from a Next searchParams object (first value of a repeated parameter)", () => {
    expect(parseAuditFilters({ result: ["denied", "ok"], target: undefined }).filter).toEqual({ result: "denied" });
  });

  it("leaves out what it does not understand, with a message for the field, and never throws", () => {
    const p = parse("result=maybe&from=2024-13-45&to=yesterday&action=rm%20-rf&target=" + "x".repeat(201) + "&user=" + "u".repeat(65) + "&before=..%2F");
    expect(p.filter).toEqual({});
    expect(p.params).toEqual({});
    expect(p.before).toBeUndefined();
    expect(p.errors).toEqual({
      result: { key: "audit.filter.badResult", vars: { value: "maybe" } },
      from: { key: "audit.filter.badDate", vars: { value: "2024-13-45" } },
      to: { key: "audit.filter.badDate", vars: { value: "yesterday" } },
      action: { key: "audit.filter.badAction", vars: { value: "rm -rf" } },
      target: { key: "audit.filter.targetTooLong", vars: { max: 200 } },
      user: { key: "audit.filter.badUser" },
    });
    expect(p.raw.result).toBe("maybe"); // shown back in the form
  });

  it("a range that ends before it starts keeps the start and explains the end", () => {
    const p = parse("from=2024-06-10&to=2024-06-01");
    expect(p.filter).toEqual({ fromMs: Date.UTC(2024, 5, 10) });
    expect(p.errors.to?.key).toBe("audit.filter.toBeforeFrom");
    expect(parse("from=2024-06-10&to=2024-06-10").filter).toEqual({ fromMs: Date.UTC(2024, 5, 10), toMs: Date.UTC(2024, 5, 11) });
  });
});

describe("utcDayStart", () => {
  it("accepts real calendar days only", () => {
    expect(utcDayStart("2024-02-29")).toBe(Date.UTC(2024, 1, 29));
    expect(utcDayStart("2023-02-29")).toBeNull();
    expect(utcDayStart("2024-6-1")).toBeNull();
    expect(utcDayStart("0000-01-01")).toBeNull();
  });
});

describe("auditQuery", () => {
  it("writes the filters and a cursor without empty parameters, in a fixed order", () => {
    expect(auditQuery({})).toBe("");
    expect(auditQuery({ target: "ins-a b", user: "u1", result: "" }, "0001")).toBe("?user=u1&target=ins-a+b&before=0001");
  });

  it("round-trips through parseAuditFilters", () => {
    const params = { user: "system", action: "instance.*", target: "50%_off", result: "denied", from: "2024-01-01", to: "2024-01-31" };
    expect(parse(auditQuery(params).slice(1)).params).toEqual(params);
  });
});

describe("groupActions", () => {
  it("groups by the part before the first dot, sorted, without duplicates", () => {
    expect(groupActions(["instance.stop", "auth.login", "instance.securityGroup.associate", "instance.stop", "image.delete"])).toEqual([
      { group: "auth", actions: ["auth.login"] },
      { group: "image", actions: ["image.delete"] },
      { group: "instance", actions: ["instance.securityGroup.associate", "instance.stop"] },
    ]);
  });
});
