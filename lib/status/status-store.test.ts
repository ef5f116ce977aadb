import { describe, expect, it } from "vitest";
import { applyStatusEvent, combineHealth, INITIAL_STATE as INITIAL_VIEW, markDisconnected, type Watched } from "./status-store";
import { decodeIds, encodeIds, freshnessOf, type LiveStatus, type StatusEvent } from "./types";

const A = "ins-aaaaaaaa";
const B = "ins-bbbbbbbb";
const watched: Watched = { ids: new Set([A, B]), regions: ["ap-guangzhou"] };
const st = (InstanceState: string, asOf = 1_000): LiveStatus => ({
  InstanceState,
  LatestOperation: "StopInstances",
  LatestOperationState: InstanceState === "STOPPING" ? "OPERATING" : "SUCCESS",
  LatestOperationErrorMsg: null,
  asOf,
});
const ev = (kind: StatusEvent["kind"], statuses: Record<string, LiveStatus>, lastSuccessAt = 1_000, at = 1_000): StatusEvent => ({
  kind,
  region: "ap-guangzhou",
  at,
  statuses,
  health: { state: "ok", lastSuccessAt },
});

describe("applyStatusEvent", () => {
  it("a poll without changes keeps byId and every LiveStatus identical (rows need not re-render)", () => {
    const v1 = applyStatusEvent(INITIAL_VIEW, ev("snapshot", { [A]: st("RUNNING"), [B]: st("RUNNING") }), watched);
    const v2 = applyStatusEvent(v1, ev("change", {}, 3_500), watched);
    expect(v2.byId).toBe(v1.byId);
    expect(v2.health).toEqual({ state: "live", asOf: 3_500 });
  });

  it("a change replaces only the changed instance's object", () => {
    const v1 = applyStatusEvent(INITIAL_VIEW, ev("snapshot", { [A]: st("RUNNING"), [B]: st("RUNNING") }), watched);
    const v2 = applyStatusEvent(v1, ev("change", { [A]: st("STOPPING", 2_000) }, 2_000), watched);
    expect(v2.byId).not.toBe(v1.byId);
    expect(v2.byId.get(A)?.InstanceState).toBe("STOPPING");
    expect(v2.byId.get(B)).toBe(v1.byId.get(B));
  });

  it("an event that changes nothing at all returns the same view object", () => {
    const v1 = applyStatusEvent(INITIAL_VIEW, ev("snapshot", { [A]: st("RUNNING") }), watched);
    expect(applyStatusEvent(v1, ev("change", {}), watched)).toBe(v1);
  });

  it("a degraded poller marks the view stale with its reason and keeps the last known states", () => {
    const v1 = applyStatusEvent(INITIAL_VIEW, ev("snapshot", { [A]: st("RUNNING") }), watched);
    const v2 = applyStatusEvent(v1, { ...ev("change", {}), health: { state: "degraded", reason: "ClientCircuitOpen", message: "m", lastSuccessAt: 1_000 } }, watched);
    expect(v2.health).toEqual({ state: "stale", reason: "ClientCircuitOpen", message: "m", asOf: 1_000 });
    expect(v2.byId.get(A)?.InstanceState).toBe("RUNNING");
  });

  it("ignores ids the view does not watch, and a snapshot drops ids no longer watched", () => {
    const v1 = applyStatusEvent(INITIAL_VIEW, ev("snapshot", { [A]: st("RUNNING"), "ins-cccccccc": st("RUNNING") }), watched);
    expect([...v1.byId.keys()]).toEqual([A]);
    const v2 = applyStatusEvent(v1, ev("snapshot", {}), { ids: new Set([B]), regions: ["ap-guangzhou"] });
    expect(v2.byId.size).toBe(0);
  });

  it("moves server times onto the browser clock by the measured skew", () => {
    const v = applyStatusEvent(INITIAL_VIEW, ev("snapshot", { [A]: st("RUNNING", 10_000) }, 10_000), watched, 4_000);
    expect(v.byId.get(A)?.asOf).toBe(6_000);
    expect(v.health.asOf).toBe(6_000);
  });
});

describe("several regions on one stream", () => {
  const two: Watched = { ids: new Set([A, B]), regions: ["ap-guangzhou", "ap-shanghai"] };

  it("is connecting until every region has reported, then live as of the older region's poll", () => {
    const v1 = applyStatusEvent(INITIAL_VIEW, ev("snapshot", { [A]: st("RUNNING") }, 5_000), two);
    expect(v1.health.state).toBe("connecting");
    const v2 = applyStatusEvent(v1, { ...ev("snapshot", { [B]: st("STOPPED") }, 3_000), region: "ap-shanghai" }, two);
    expect(v2.health).toEqual({ state: "live", asOf: 3_000 });
    expect([...v2.byId.keys()].sort()).toEqual([A, B]);
  });

  it("one degraded region makes the page stale with that region's reason", () => {
    const regions = new Map([
      ["ap-guangzhou", { state: "live" as const, asOf: 5 }],
      ["ap-shanghai", { state: "stale" as const, reason: "RequestLimitExceeded", asOf: 2 }],
    ]);
    expect(combineHealth(regions, ["ap-guangzhou", "ap-shanghai"])).toEqual({ state: "stale", reason: "RequestLimitExceeded", asOf: 2 });
  });
});

describe("markDisconnected", () => {
  it("keeps the values and says stale: connection", () => {
    const v1 = applyStatusEvent(INITIAL_VIEW, ev("snapshot", { [A]: st("RUNNING") }), watched);
    const v2 = markDisconnected(v1, "connection");
    expect(v2.byId).toBe(v1.byId);
    expect(v2.health).toEqual({ state: "stale", reason: "connection", asOf: 1_000 });
    expect(markDisconnected(v2, "connection")).toBe(v2);
  });

  it("stays connecting when nothing was ever received", () => {
    expect(markDisconnected(INITIAL_VIEW, "connection")).toBe(INITIAL_VIEW);
  });
});

describe("wire helpers", () => {
  it("freshness is the newer of the row's observation and the last full poll", () => {
    expect(freshnessOf(st("RUNNING", 5_000), 3_000)).toBe(5_000);
    expect(freshnessOf(st("RUNNING", 1_000), 3_000)).toBe(3_000);
    expect(freshnessOf(undefined, null)).toBeUndefined();
  });

  it("ids travel without their ins- prefix and come back with it, deduplicated", () => {
    expect(encodeIds([A, B])).toBe("aaaaaaaa,bbbbbbbb");
    expect(decodeIds("aaaaaaaa,ins-bbbbbbbb,aaaaaaaa")).toEqual([A, B]);
    expect(decodeIds(null)).toEqual([]);
  });
});
