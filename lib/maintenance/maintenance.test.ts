import { describe, expect, it } from "vitest";
import { parseBeijingTime, reservationProblem, toBeijingTime } from "./beijing-time";
import { authMethods } from "./codes";
import { DEFAULT_TASK_FILTERS, readTaskFilters, taskFiltersToSearch } from "./filters";
import { AuthorizeRepairInput } from "./schemas";

describe("Beijing time (seed 34320, 34685: YYYY-MM-DD hh:mm:ss, UTC+8)", () => {
  it("formats and parses round trip; rejects malformed or impossible times", () => {
    const ms = Date.parse("2026-11-28T02:37:55Z");
    expect(toBeijingTime(ms)).toBe("2026-11-28 10:37:55");
    expect(parseBeijingTime("2026-11-28 10:37:55")).toBe(ms);
    expect(parseBeijingTime("2026-11-28T10:37:55")).toBeNull();
    expect(parseBeijingTime("2026-02-30 10:00:00")).toBeNull();
  });

  it("a reservation must be 5 minutes to 48 hours ahead (seed 34631)", () => {
    const now = Date.parse("2026-11-28T00:00:00Z");
    expect(reservationProblem(now + 4 * 60_000, now)).toBe("tooSoon");
    expect(reservationProblem(now + 5 * 60_000, now)).toBeNull();
    expect(reservationProblem(now + 48 * 3_600_000, now)).toBeNull();
    expect(reservationProblem(now + 48 * 3_600_000 + 1, now)).toBe("tooLate");
  });
});

describe("authMethods (AuthType, seed 38717–38737)", () => {
  it("offers the lossy local-disk migration only for AuthType 4 and 5", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].filter((a) => authMethods(a).lossyLocal)).toEqual([4, 5]);
    expect(authMethods(6).default).toBe("maintenance.auth.onlineMaintenance");
  });
});

describe("task filters in the URL", () => {
  it("defaults to waiting + reserved over 30 days; 'all' means no status filter", () => {
    expect(readTaskFilters({})).toEqual(DEFAULT_TASK_FILTERS);
    expect(readTaskFilters(new URLSearchParams("status=all")).status).toEqual([]);
  });

  it("drops anything malformed and round-trips what it keeps", () => {
    const f = readTaskFilters({ status: "1,9,1,3", type: "107,999", product: "CPM2.0", q: "  web-01 ", days: "7" });
    expect(f).toEqual({ status: [1, 3], types: [107], product: "CPM2.0", q: "web-01", days: 7 });
    expect(readTaskFilters(taskFiltersToSearch(f))).toEqual(f);
    expect(readTaskFilters({ product: "EC2", days: "5" })).toMatchObject({ product: "", days: 30 });
  });
});

describe("AuthorizeRepairInput", () => {
  const ok = { accountId: "a", region: "ap-guangzhou", Product: "CVM", TaskId: "rep-2p6ooq0e", InstanceId: "ins-5v22gn1x" };
  it("accepts now (no time) or a Beijing time; refuses other formats and task ids", () => {
    expect(AuthorizeRepairInput.parse(ok).LossyLocal).toBe(false);
    expect(AuthorizeRepairInput.safeParse({ ...ok, OrderAuthTime: "2026-11-28 12:00:00" }).success).toBe(true);
    expect(AuthorizeRepairInput.safeParse({ ...ok, OrderAuthTime: "tomorrow" }).success).toBe(false);
    expect(AuthorizeRepairInput.safeParse({ ...ok, TaskId: "task-1" }).success).toBe(false);
  });
});
