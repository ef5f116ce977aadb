import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../server";
import { loadInstances } from "../state/instances/repo";
import { securityGroupsOf } from "../state/security-groups/catalog";
import { sdkClient } from "../testing";
import { seedDemoFleetIfEmpty, seedFleet } from "./fleet-seeder";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(() => emu.close());

const ctx = (region: string, account = "100000000001") => ({ store: emu.runtime.store, clock: emu.runtime.clock, scope: { account, region } });

describe("fleet seeder", () => {
  it("seedDemoFleetIfEmpty: ~300 instances over guangzhou, shanghai, beijing and singapore, once", async () => {
    expect(seedDemoFleetIfEmpty(emu.runtime)).toBe(300);
    expect(seedDemoFleetIfEmpty(emu.runtime)).toBe(0);
    const counts = ["ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-singapore"].map((r) => loadInstances(ctx(r)).length);
    expect(counts.reduce((s, n) => s + n, 0)).toBe(300);
    for (const n of counts) expect(n).toBeGreaterThan(20);
  });

  it("the demo fleet is believable: names like web-prod-03, env/team/app tags, mixed states and billing, prepaid expiring within 7 and 30 days", async () => {
    const all = ["ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-singapore"].flatMap((r) => loadInstances(ctx(r)));
    expect(all.every((i) => /^[a-z]+-(prod|staging|dev)-\d{2,}$/.test(i.InstanceName))).toBe(true);
    expect(all.every((i) => ["env", "team", "app"].every((k) => i.Tags.some((t) => t.Key === k)))).toBe(true);
    const states = new Set(all.map((i) => i.InstanceState));
    for (const s of ["RUNNING", "STOPPED"]) expect(states).toContain(s);
    expect(all.some((i) => i.internal.pending)).toBe(true);
    expect(new Set(all.map((i) => i.InstanceChargeType))).toEqual(new Set(["PREPAID", "POSTPAID_BY_HOUR", "SPOTPAID"]));
    const now = emu.runtime.clock.now();
    const daysLeft = all.filter((i) => i.InstanceChargeType === "PREPAID" && i.InstanceState !== "SHUTDOWN").map((i) => (Date.parse(i.ExpiredTime!) - now) / 86_400_000);
    expect(daysLeft.some((d) => d <= 7)).toBe(true);
    expect(daysLeft.some((d) => d > 7 && d <= 30)).toBe(true);
    // Seeded instances answer like bought ones.
    const page = await sdkClient(emu.url).DescribeInstances({ Filters: [{ Name: "tag:env", Values: ["prod"] }], Limit: 5 });
    expect(page.InstanceSet![0].InstanceName).toMatch(/-prod-/);
  });

  it("the demo fleet binds only security groups of its region (by role) and no key pairs; DescribeInstances finds them by group", async () => {
    for (const region of ["ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-singapore"]) {
      const groups = new Map(securityGroupsOf(ctx(region).scope).map((g) => [g.SecurityGroupId, g.SecurityGroupName]));
      const all = loadInstances(ctx(region));
      for (const i of all) {
        expect(i.SecurityGroupIds.length).toBeGreaterThan(0);
        for (const sg of i.SecurityGroupIds) expect(groups.has(sg), `${i.InstanceName} binds ${sg}`).toBe(true);
        expect(i.LoginSettings.KeyIds ?? null).toBeNull();
      }
      const app = (i: (typeof all)[number]) => i.Tags.find((t) => t.Key === "app")!.Value;
      expect(all.filter((i) => app(i) === "db").every((i) => i.SecurityGroupIds.map((g) => groups.get(g)).join() === "intranet-only")).toBe(true);
    }
    const web = securityGroupsOf(ctx("ap-guangzhou").scope).find((g) => g.SecurityGroupName === "web-open-22-80-443")!.SecurityGroupId;
    const res = await sdkClient(emu.url).DescribeInstances({ Filters: [{ Name: "security-group-id", Values: [web] }], Limit: 100 });
    expect(res.TotalCount).toBeGreaterThan(0);
    for (const i of res.InstanceSet!) expect(i.InstanceName).toMatch(/^(web|api|gateway)-/);
  });

  it("the same seed gives the same fleet (names, types, ids)", () => {
    const shape = (account: string) =>
      loadInstances(ctx("ap-tokyo", account))
        .map((i) => [i.InstanceId, i.InstanceName, i.InstanceType, i.InstanceChargeType])
        .sort();
    seedFleet(emu.runtime, { account: "100000000002", regions: [["ap-tokyo", 1]], count: 40, seed: 9 });
    const first = shape("100000000002");
    emu.runtime.store.reset("100000000002");
    seedFleet(emu.runtime, { account: "100000000002", regions: [["ap-tokyo", 1]], count: 40, seed: 9 });
    expect(shape("100000000002")).toEqual(first);
    expect(first).toHaveLength(40);
  });
});
