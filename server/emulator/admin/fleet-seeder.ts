// A believable demo fleet for POST /_emulator/seed {instances: n} and for the first start of the emulator:
// apps in prod/staging/dev over several regions, names like web-prod-03, env/team/app tags, the region's demo
// security groups by role (web open to 80/443, databases intranet-only; no key pairs), mostly RUNNING with
// some STOPPED, a few mid-transition and a couple that failed to launch, pay-as-you-go, prepaid (some expiring
// within 7 or 30 days, some in the recycle bin) and spot. Every choice comes from one seeded generator, so the
// same seed gives the same fleet. Instances are built exactly as RunInstances builds them (parseLaunch +
// buildInstance) and inserted in one transaction (10,000 take well under a few seconds).
import { randomPassword } from "../state/changes/login-rules";
import { isSoldOut, isTypeOfferedInZone } from "../catalog/compute/availability";
import { getRegion } from "../catalog/regions";
import type { EmulatorRuntime } from "../runtime";
import { buildInstance } from "../state/instances/build";
import { beginOperation } from "../state/instances/lifecycle";
import { parseLaunch, type LaunchPlan } from "../state/instances/launch-spec";
import { allocatePublicIp, namedSubnet, numberToIp, stableId, type Subnet } from "../state/instances/network";
import { INSTANCE_KIND, type InstanceRecord } from "../state/instances/record";
import { scanInstances, type InstanceCtx } from "../state/instances/repo";
import { isoSeconds } from "../state/instances/time";
import { securityGroupsOf } from "../state/security-groups/catalog";
import { setQuotaOverride, usageByZone, zoneTotals } from "../state/quota";
import type { Scope } from "../state/store";
import { registerFleetSeeder, type SeedRequest } from "./seed";

const DAY = 86_400_000;
/** Where the default fleet lives, and how it is shared out. */
export const FLEET_REGIONS: readonly [string, number][] = [
  ["ap-guangzhou", 0.35],
  ["ap-shanghai", 0.3],
  ["ap-beijing", 0.2],
  ["ap-singapore", 0.15],
];
export const DEFAULT_FLEET_SIZE = 300;

interface AppProfile {
  app: string;
  team: string;
  types: string[];
  mbps: number;
  dataDisk?: [string, number];
  windows?: boolean;
  spot?: boolean;
  /** Names of the region's demo security groups (state/security-groups/catalog.ts); default: the default group. */
  groups?: string[];
}

const APPS: AppProfile[] = [
  { app: "web", team: "frontend", types: ["S5.MEDIUM4", "S5.LARGE8", "SA2.MEDIUM4"], mbps: 10, groups: ["default", "web-open-22-80-443"] },
  { app: "api", team: "platform", types: ["S5.LARGE8", "S5.2XLARGE16", "SA3.LARGE8"], mbps: 20, groups: ["default", "web-open-22-80-443"] },
  { app: "gateway", team: "platform", types: ["S5.LARGE8", "C5.LARGE8"], mbps: 50, groups: ["web-open-22-80-443"] },
  { app: "worker", team: "data", types: ["C5.2XLARGE16", "S5.2XLARGE16", "SA2.2XLARGE16"], mbps: 0, spot: true },
  { app: "db", team: "payments", types: ["M5.2XLARGE64", "M5.4XLARGE128", "M6.2XLARGE64"], mbps: 0, dataDisk: ["CLOUD_SSD", 500], groups: ["intranet-only"] },
  { app: "cache", team: "platform", types: ["M5.MEDIUM16", "M5.LARGE32"], mbps: 0, groups: ["intranet-only"] },
  { app: "search", team: "growth", types: ["S5.4XLARGE32", "M5.2XLARGE64"], mbps: 0, dataDisk: ["CLOUD_PREMIUM", 200], groups: ["intranet-only"] },
  { app: "batch", team: "data", types: ["C5.4XLARGE32", "S5.4XLARGE32"], mbps: 0, spot: true },
  { app: "ci", team: "infra", types: ["S5.2XLARGE16", "SA2.2XLARGE16"], mbps: 5 },
  { app: "bastion", team: "infra", types: ["S5.SMALL2", "S5.MEDIUM4"], mbps: 5, groups: ["linux-ssh-only"] },
  { app: "ad", team: "it", types: ["S5.LARGE8"], mbps: 0, windows: true, groups: ["windows-rdp"] },
];
const LINUX_IMAGES = ["img-eb30mz89", "img-mmytdhbn", "img-487zeit5", "img-l8og963d", "img-pmqg1cw7", "img-7ypcxb2e", "img-1tmhysjj"];
const WINDOWS_IMAGES = ["img-9id7emv8", "img-bxnwkr9l"];
const ENVS: [string, number][] = [
  ["prod", 0.55],
  ["staging", 0.3],
  ["dev", 0.15],
];

/** mulberry32: small, fast, seeded. */
function generator(seed: number) {
  let a = seed >>> 0 || 1;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const weighted = <T>(xs: readonly [T, number][]) => {
    let r = next() * xs.reduce((s, [, w]) => s + w, 0);
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs[xs.length - 1][0];
  };
  const id = (prefix: string) => `${prefix}-${Array.from({ length: 8 }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[int(0, 35)]).join("")}`;
  const uuid = () => {
    const h = () => int(0, 0xffff).toString(16).padStart(4, "0");
    return `${h()}${h()}-${h()}-4${h().slice(1)}-a${h().slice(1)}-${h()}${h()}${h()}`;
  };
  return { next, int, pick, weighted, id, uuid };
}
type Rng = ReturnType<typeof generator>;

/** Hands out private IPs per subnet without rescanning the fleet for every instance. */
class IpBook {
  private readonly subnets = new Map<string, { used: Set<string>; next: number }>();
  constructor(private readonly ctx: InstanceCtx) {}
  take(subnet: Subnet): string | undefined {
    let s = this.subnets.get(subnet.subnetId);
    if (!s) {
      const used = new Set(scanInstances(this.ctx).filter((r) => r.VirtualPrivateCloud.SubnetId === subnet.subnetId).flatMap((r) => r.PrivateIpAddresses));
      this.subnets.set(subnet.subnetId, (s = { used, next: 2 }));
    }
    // Same addresses as allocatePrivateIps (lowest free first), without rescanning from the start each time.
    for (const size = 2 ** (32 - subnet.prefix); s.next < size - 2; s.next++) {
      const ip = numberToIp(subnet.base + s.next);
      if (!s.used.has(ip)) {
        s.used.add(ip);
        return ip;
      }
    }
    return undefined;
  }
}

interface RegionFleet {
  ctx: InstanceCtx & { region: string; requestId: string };
  zones: string[];
  /** The region's security groups by name: the fleet binds only groups that exist (RunInstances checks them too). */
  groupIds: Map<string, string>;
  ips: IpBook;
  publicUsed: Set<string>;
  counters: Map<string, number>;
}

function regionFleet(rt: EmulatorRuntime, account: string, region: string): RegionFleet {
  const scope: Scope = { account, region };
  const ctx = { store: rt.store, clock: rt.clock, scope, region, requestId: "" };
  return {
    ctx,
    zones: (getRegion(region)?.zones ?? []).filter((z) => z.state === "AVAILABLE").map((z) => z.zone),
    groupIds: new Map(securityGroupsOf(scope).map((g) => [g.SecurityGroupName, g.SecurityGroupId])),
    ips: new IpBook(ctx),
    publicUsed: new Set(scanInstances(ctx).flatMap((r) => r.PublicIpAddresses ?? [])),
    counters: new Map(),
  };
}

/** One instance of the fleet: a RunInstances request as a console user would send it, then its life so far. */
function seedOne(f: RegionFleet, rng: Rng): boolean {
  const now = f.ctx.clock.now();
  const app = rng.pick(APPS);
  const env = rng.weighted(ENVS);
  const zone = rng.pick(f.zones);
  const instanceType = app.types.find((t) => isTypeOfferedInZone(zone, t) && !isSoldOut(zone, t)) ?? "S5.MEDIUM4";
  const chargeType = app.spot && rng.next() < 0.5 ? "SPOTPAID" : env === "prod" && rng.next() < 0.45 ? "PREPAID" : "POSTPAID_BY_HOUR";
  const key = `${app.app}-${env}`;
  const n = (f.counters.get(key) ?? 0) + 1;
  f.counters.set(key, n);
  // Prod and staging live in their own VPC with a /24 subnet per app and zone (another per 200 more instances);
  // dev stays in the default VPC.
  const vpcId = stableId("vpc", `${f.ctx.scope.account}|${f.ctx.scope.region}|${env}`);
  const subnetId = stableId("subnet", `${vpcId}|${zone}|${app.app}|${Math.floor(n / 200)}`);
  const plan: LaunchPlan = parseLaunch(
    {
      Placement: { Zone: zone, ProjectId: env === "prod" ? 1174660 : 0 },
      ImageId: app.windows ? rng.pick(WINDOWS_IMAGES) : rng.pick(LINUX_IMAGES),
      InstanceType: instanceType,
      InstanceChargeType: chargeType,
      ...(chargeType === "PREPAID" ? { InstanceChargePrepaid: { Period: rng.pick([1, 3, 6, 12, 12, 24]), RenewFlag: rng.next() < 0.6 ? "NOTIFY_AND_AUTO_RENEW" : "NOTIFY_AND_MANUAL_RENEW" } } : {}),
      SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskSize: app.windows ? 60 : 50 },
      ...(app.dataDisk ? { DataDisks: [{ DiskType: app.dataDisk[0], DiskSize: app.dataDisk[1] }] } : {}),
      ...(app.mbps > 0 ? { InternetAccessible: { InternetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", InternetMaxBandwidthOut: app.mbps, PublicIpAssigned: true } } : {}),
      ...(env === "dev" ? {} : { VirtualPrivateCloud: { VpcId: vpcId, SubnetId: subnetId } }),
      ...(app.groups ? { SecurityGroupIds: app.groups.map((name) => f.groupIds.get(name)!) } : {}),
      InstanceName: `${key}-${String(n).padStart(2, "0")}`,
      TagSpecification: [{ ResourceType: "instance", Tags: [{ Key: "env", Value: env }, { Key: "team", Value: app.team }, { Key: "app", Value: app.app }] }],
      DisableApiTermination: env === "prod" && app.app === "db",
    },
    f.ctx,
  );
  const privateIp = f.ips.take(env === "dev" ? plan.network.subnet : namedSubnet(vpcId, subnetId));
  if (!privateIp) return false;
  const instanceId = uniqueId(f, rng);
  const publicIp = plan.internet.PublicIpAssigned ? allocatePublicIp(f.ctx.scope.region, instanceId, f.publicUsed) : undefined;
  if (publicIp) f.publicUsed.add(publicIp);
  const createdAt = now - rng.int(1, 400) * DAY - rng.int(0, DAY);
  const rec = buildInstance(
    plan,
    {
      instanceId,
      uuid: rng.uuid(),
      name: plan.names[0],
      privateIp,
      publicIp,
      systemDiskId: rng.id("disk"),
      dataDiskIds: plan.dataDisks.map(() => rng.id("disk")),
      password: randomPassword(rng.next),
    },
    createdAt,
  );
  settle(f, rec, rng, now);
  f.ctx.store.put(f.ctx.scope, INSTANCE_KIND, instanceId, rec);
  return true;
}

function uniqueId(f: RegionFleet, rng: Rng): string {
  for (;;) {
    const id = rng.id("ins");
    if (!f.ctx.store.has(f.ctx.scope, INSTANCE_KIND, id)) return id;
  }
}

/** The instance's life so far: its state, latest operation, and (prepaid) when it expires. */
function settle(f: RegionFleet, rec: InstanceRecord, rng: Rng, now: number): void {
  rec.LatestOperationRequestId = rng.uuid();
  rec.LatestOperationState = "SUCCESS";
  rec.InstanceState = "RUNNING";
  if (rec.InstanceChargeType === "PREPAID") {
    // A few expire within 7 days, some within 30, the rest later.
    const roll = rng.next();
    const days = roll < 0.08 ? rng.int(1, 7) : roll < 0.25 ? rng.int(8, 30) : rng.int(31, 330);
    rec.ExpiredTime = isoSeconds(now + days * DAY);
  }
  const roll = rng.next();
  if (roll < 0.1) {
    const stopCharging = rec.InstanceChargeType === "POSTPAID_BY_HOUR" && rng.next() < 0.5;
    Object.assign(rec, { InstanceState: "STOPPED", LatestOperation: "StopInstances", StopChargingMode: stopCharging ? "STOP_CHARGING" : rec.InstanceChargeType === "POSTPAID_BY_HOUR" ? "KEEP_CHARGING" : "NOT_APPLICABLE" });
    if (stopCharging) rec.PublicIpAddresses = null;
  } else if (roll < 0.12 && rec.InstanceChargeType === "PREPAID") {
    // Expired last week and not renewed: isolated in the recycle bin.
    const expired = now - rng.int(1, 5) * DAY;
    Object.assign(rec, { InstanceState: "SHUTDOWN", RestrictState: "EXPIRED", IsolatedSource: "EXPIRE", RenewFlag: "NOTIFY_AND_MANUAL_RENEW", ExpiredTime: isoSeconds(expired) });
    rec.internal.isolatedAtMs = expired;
  } else if (roll < 0.135) {
    rec.LatestOperation = "RunInstances";
    rec.LatestOperationState = "FAILED";
    rec.InstanceState = "LAUNCH_FAILED";
    rec.LatestOperationErrorMsg = "ResourceInsufficient.SpecifiedInstanceType: the zone has no stock left for this instance type";
    rec.PublicIpAddresses = null;
    // Failed just now: listed for LAUNCH_FAILED_RETENTION_MS after seeding (the fleet's CreatedTime is older).
    rec.internal.failedAtMs = now;
  } else if (roll < 0.16) {
    // Caught mid-transition: lands on the clock like any other operation.
    const [operation, transitional, final] = rng.pick([
      ["StartInstances", "STARTING", "RUNNING"],
      ["StopInstances", "STOPPING", "STOPPED"],
      ["RebootInstances", "REBOOTING", "RUNNING"],
    ] as const);
    if (operation === "StartInstances") rec.InstanceState = "STOPPED";
    beginOperation({ ...f.ctx, requestId: rec.LatestOperationRequestId }, rec, { operation, transitional, final });
  } else {
    rec.LatestOperation = rng.pick(["RunInstances", "StartInstances", "RebootInstances", "ResetInstancesPassword", "ModifyInstancesAttribute"]);
  }
}

export interface FleetOptions {
  account: string;
  /** Regions and weights; default FLEET_REGIONS. */
  regions?: readonly [string, number][];
  count: number;
  seed?: number;
}

/** Seeds `count` instances; returns how many were made (fewer only if subnets ran out of addresses). */
export function seedFleet(rt: EmulatorRuntime, opts: FleetOptions): number {
  const rng = generator(opts.seed ?? 1);
  const regions = opts.regions ?? FLEET_REGIONS;
  const fleets = new Map<string, RegionFleet>();
  let made = 0;
  rt.store.transaction(() => {
    for (let i = 0; i < opts.count; i++) {
      const region = rng.weighted(regions);
      let f = fleets.get(region);
      if (!f) fleets.set(region, (f = regionFleet(rt, opts.account, region)));
      if (seedOne(f, rng)) made++;
    }
    for (const f of fleets.values()) raiseQuotas(f);
  });
  return made;
}

/** A big fleet has had its quotas raised: keep ≥ 20% headroom over what the fleet uses in each zone. */
function raiseQuotas(f: RegionFleet): void {
  const usage = usageByZone(scanInstances(f.ctx), f.ctx.clock.now());
  const roomy = (used: number, total: number) => (used * 1.25 > total ? Math.ceil((used * 1.25 + 1) / 50) * 50 : undefined);
  for (const [zone, used] of usage) {
    const totals = zoneTotals(f.ctx.store, f.ctx.scope, zone);
    const raised = {
      ...(roomy(used.postPaid, totals.postPaid) ? { postPaid: roomy(used.postPaid, totals.postPaid) } : {}),
      ...(roomy(used.prePaidThisMonth, totals.prePaid) ? { prePaid: roomy(used.prePaidThisMonth, totals.prePaid) } : {}),
      ...(roomy(used.spotCores, totals.spotCores) ? { spotCores: roomy(used.spotCores, totals.spotCores) } : {}),
    };
    if (Object.keys(raised).length > 0) setQuotaOverride(f.ctx.store, f.ctx.scope, zone, raised);
  }
}

/** POST /_emulator/seed {instances: n, region?, seed?}: in that region, or over the default regions when none is named. */
function seedInstances(rt: EmulatorRuntime, request: SeedRequest, count: number): number {
  const regions: readonly [string, number][] = request.regionGiven === false ? FLEET_REGIONS : [[request.region, 1]];
  return seedFleet(rt, { account: request.account.ownerUin, regions, count, seed: request.seed });
}

registerFleetSeeder("instances", seedInstances);

/**
 * For the start script: seeds the default demo fleet (DEFAULT_FLEET_SIZE instances, seed 1) into the first
 * account when it has no instances anywhere yet. Returns how many were created (0 when it had some).
 */
export function seedDemoFleetIfEmpty(rt: EmulatorRuntime, count = DEFAULT_FLEET_SIZE): number {
  const account = rt.accounts.all[0]?.ownerUin;
  if (!account || rt.store.scopesWith(INSTANCE_KIND).some((s) => s.account === account)) return 0;
  return seedFleet(rt, { account, count, seed: 1 });
}
