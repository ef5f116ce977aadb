import { describe, expect, it } from "vitest";
import { planBatches } from "./batching";
import type { OperationTarget } from "./types";

const t = (id: string, over: Partial<OperationTarget> = {}): OperationTarget => ({ InstanceId: id, ...over });

describe("planBatches", () => {
  it("one call per region, at most the action's limit each (100 for StopInstances)", () => {
    const targets = [...Array.from({ length: 150 }, (_, i) => t(`g${i}`)), t("s1", { Region: "ap-shanghai" })];
    const batches = planBatches("stop", targets, "ap-guangzhou");
    expect(batches.map((b) => [b.region, b.ids.length])).toEqual([
      ["ap-guangzhou", 100],
      ["ap-guangzhou", 50],
      ["ap-shanghai", 1],
    ]);
  });

  it("terminate never mixes charge types in one call (UnsupportedOperation.InstanceMixedPricingModel)", () => {
    const batches = planBatches("terminate", [t("a", { InstanceChargeType: "PREPAID" }), t("b", { InstanceChargeType: "POSTPAID_BY_HOUR" }), t("c", { InstanceChargeType: "PREPAID" })], "ap-guangzhou");
    expect(batches.map((b) => b.ids)).toEqual([["a", "c"], ["b"]]);
  });

  it("ModifyInstancesChargeType takes 30 per call; ResetInstancesType one", () => {
    const many = Array.from({ length: 31 }, (_, i) => t(`i${i}`));
    expect(planBatches("changeChargeType", many, "r-1").map((b) => b.ids.length)).toEqual([30, 1]);
    expect(planBatches("changeType", many.slice(0, 2), "r-1").map((b) => b.ids.length)).toEqual([1, 1]);
  });

  it("bandwidth billed by bandwidth (prepaid or hourly) goes one instance per call; by traffic in batches", () => {
    const bw = (id: string, type: string) => t(id, { InternetAccessible: { InternetChargeType: type } });
    const batches = planBatches("bandwidth", [bw("a", "TRAFFIC_POSTPAID_BY_HOUR"), bw("b", "BANDWIDTH_POSTPAID_BY_HOUR"), bw("c", "TRAFFIC_POSTPAID_BY_HOUR"), bw("d", "BANDWIDTH_PREPAID")], "r-1");
    expect(batches.map((b) => b.ids)).toEqual([["a", "c"], ["b"], ["d"]]);
  });
});
