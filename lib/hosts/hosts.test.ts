import { describe, expect, it } from "vitest";
import { prefillFromLink, readPurchaseLink } from "@/lib/purchase/prefill";
import { fits, hostUsage, usageOf } from "./capacity";
import { daysLeft, expiryTone } from "./expiry";
import { launchOnHostHref } from "./launch";
import { AllocateHostsInput, ModifyChcInput, ModifyHostsInput, RenewHostsInput } from "./schemas";
import { toChcView, toHostView } from "./types";

const where = { accountId: "acc-1", region: "ap-guangzhou" };
const DAY = 86_400_000;

describe("host capacity bars", () => {
  it("used = total − available, a percent rounded down, amber from 75 %, red from 90 %", () => {
    expect(usageOf(56, 56)).toEqual({ used: 0, total: 56, percent: 0, tone: "ok" });
    expect(usageOf(100, 25)).toMatchObject({ used: 75, percent: 75, tone: "warn" });
    expect(usageOf(90, 0.9)).toMatchObject({ percent: 99, tone: "full" });
    expect(usageOf(0, 0)).toBeNull(); // no local disk: no bar
  });

  it("a host's three bars, and whether another instance fits", () => {
    const r = { CpuTotal: 56, CpuAvailable: 52, MemTotal: 224, MemAvailable: 216, DiskTotal: 0, DiskAvailable: 0, DiskType: "", GpuTotal: 0, GpuAvailable: 0 };
    expect(hostUsage(r)).toMatchObject({ cpu: { used: 4 }, memory: { used: 8 }, disk: null });
    expect(fits(r, 52, 200)).toBe(true);
    expect(fits(r, 53, 8)).toBe(false);
  });
});

describe("host expiry", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");
  it("days left, and the 7 / 30 day horizons of the renewal calendar", () => {
    expect(daysLeft("2025-01-08T00:00:00Z", now)).toBe(7);
    expect(expiryTone(new Date(now + 7 * DAY).toISOString(), "RUNNING", now)).toBe("soon");
    expect(expiryTone(new Date(now + 30 * DAY).toISOString(), "RUNNING", now)).toBe("month");
    expect(expiryTone(new Date(now + 31 * DAY).toISOString(), "RUNNING", now)).toBe("ok");
    expect(expiryTone(new Date(now - DAY).toISOString(), "RUNNING", now)).toBe("expired");
    expect(expiryTone(new Date(now + 90 * DAY).toISOString(), "EXPIRED", now)).toBe("expired");
    expect(expiryTone("", "RUNNING", now)).toBe("none");
  });
});

describe("host and CHC schemas", () => {
  it("AllocateHosts: periods of the seed (1–12, 24, 36), 1–10 hosts, a UUID ClientToken", () => {
    const base = { ...where, Zone: "ap-guangzhou-3", HostType: "HS1", HostCount: 1, Period: 1, ClientToken: "6f1c3a52-6d5e-4b8e-9a51-2f1f2c3d4e5f" };
    expect(AllocateHostsInput.parse(base)).toMatchObject({ RenewFlag: "NOTIFY_AND_AUTO_RENEW", ProjectId: 0 });
    expect(AllocateHostsInput.safeParse({ ...base, Period: 13 }).success).toBe(false);
    expect(AllocateHostsInput.safeParse({ ...base, HostCount: 11 }).success).toBe(false);
    expect(AllocateHostsInput.safeParse({ ...base, ClientToken: "again" }).success).toBe(false);
  });

  it("ModifyHostsAttribute: exactly one of name, renewal setting, project (seed 21585)", () => {
    expect(ModifyHostsInput.safeParse({ ...where, HostIds: ["host-abcdefgh"], ProjectId: 3 }).success).toBe(true);
    expect(ModifyHostsInput.safeParse({ ...where, HostIds: ["host-abcdefgh"] }).success).toBe(false);
    expect(ModifyHostsInput.safeParse({ ...where, HostIds: ["host-abcdefgh"], HostName: "a", ProjectId: 3 }).success).toBe(false);
  });

  it("RenewHosts: at most 100 hosts per call (seed 21952)", () => {
    const ids = Array.from({ length: 101 }, (_, i) => `host-${String(i).padStart(8, "0")}`);
    expect(RenewHostsInput.safeParse({ ...where, HostIds: ids, Period: 1 }).success).toBe(false);
  });

  it("ModifyChcAttribute: BMC password 8–16 of the documented characters (seed 23091)", () => {
    const base = { ...where, ChcIds: ["chc-abcdefgh"] };
    expect(ModifyChcInput.safeParse({ ...base, Password: "Passw0rd!" }).success).toBe(true);
    expect(ModifyChcInput.safeParse({ ...base, Password: "short" }).success).toBe(false);
    expect(ModifyChcInput.safeParse({ ...base, Password: "with space 123" }).success).toBe(false);
    expect(ModifyChcInput.safeParse(base).success).toBe(false);
  });
});

describe("views and links", () => {
  it("a HostItem becomes a view whose instances are named; unknown ids stay listed by id", () => {
    const names = new Map([["ins-aaaaaaaa", { InstanceId: "ins-aaaaaaaa", InstanceName: "web", InstanceState: "RUNNING", InstanceType: "S5.LARGE8", CPU: 4, Memory: 8 }]]);
    const v = toHostView({ HostId: "host-abcdefgh", Placement: { Zone: "ap-guangzhou-3" }, InstanceIds: ["ins-aaaaaaaa", "ins-bbbbbbbb"], HostResource: { CpuTotal: 56, CpuAvailable: 52 } }, names);
    expect(v.InstanceIds).toEqual(["ins-aaaaaaaa", "ins-bbbbbbbb"]);
    expect(v.Instances.map((i) => i.InstanceName)).toEqual(["web"]);
    expect(v.HostResource).toMatchObject({ CpuTotal: 56, CpuAvailable: 52, MemTotal: 0 });
  });

  it("a CHC server without a network reports null, not an empty network", () => {
    const v = toChcView({ ChcId: "chc-abcdefgh", BmcVirtualPrivateCloud: { VpcId: "", SubnetId: "" }, DeployVirtualPrivateCloud: { VpcId: "vpc-a", SubnetId: "subnet-b" }, DeployIp: "10.0.0.9" }, ["RunInstances"]);
    expect(v.Bmc).toBeNull();
    expect(v.Deploy).toMatchObject({ VpcId: "vpc-a", Ip: "10.0.0.9" });
    expect(v.DenyActions).toEqual(["RunInstances"]);
  });

  it("'launch on this host' opens the wizard on the host's zone, billed CDHPAID, placed on the host", () => {
    const href = launchOnHostHref("ap-guangzhou", { HostId: "host-abcdefgh", Zone: "ap-guangzhou-3" });
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    const link = readPurchaseLink(params);
    expect(link).toMatchObject({ region: "ap-guangzhou", zone: "ap-guangzhou-3", charge: "CDHPAID", host: "host-abcdefgh" });
    expect(prefillFromLink(link)).toMatchObject({ zone: "ap-guangzhou-3", chargeType: "CDHPAID", hostId: "host-abcdefgh" });
    expect(readPurchaseLink({ host: "host-<x>" })).not.toHaveProperty("host");
  });
});
