// Unit prices in fen: one instance / disk / bandwidth for one hour or one month, region multiplier applied and rounded
// once (money.ts rule 1). Everything that quotes a price builds on these.
import { findHostType } from "../catalog/compute/hosts";
import type { InstanceTypeDef } from "../catalog/compute/instance-types";
import { regionOfZone } from "../catalog/compute/zone-name";
import { toFen } from "./money";
import {
  BANDWIDTH_HOUR,
  BANDWIDTH_MONTH,
  BANDWIDTH_TIER_MBPS,
  DISK_RATES,
  FAMILY_RATES,
  HOST_MONTH,
  MONTH_IN_HOURS,
  SPOT_PERCENT,
  TRAFFIC_PER_GB,
  regionMultiplier,
  type FamilyRate,
} from "./rates";

const mult = (zone: string) => regionMultiplier(regionOfZone(zone));

function rateOf(t: InstanceTypeDef): FamilyRate {
  const r = FAMILY_RATES[t.family.family];
  if (!r) throw new Error(`pricing: no rate for family ${t.family.family}`);
  return r;
}

/** Hourly cost of the accelerators and bundled local storage (no monthly override exists for them). */
function extrasHour(t: InstanceTypeDef, r: FamilyRate): number {
  return t.gpuCount * (r.gpuHour ?? 0) + t.fpga * (r.fpgaHour ?? 0) + t.localUnits * (r.localUnitHour ?? 0);
}

function hourlyYuan(zone: string, t: InstanceTypeDef): number {
  const r = rateOf(t);
  return (t.cpu * r.cpuHour + t.memory * r.memHour + extrasHour(t, r)) * mult(zone);
}

/** Whether the family's postpaid price falls after 96 and 360 hours (ItemPrice steps). */
export function hourlyIsTiered(t: InstanceTypeDef): boolean {
  return rateOf(t).tieredHourly === true;
}

/** POSTPAID_BY_HOUR list price of one instance for one hour. */
export function instanceHourlyFen(zone: string, t: InstanceTypeDef): number {
  return toFen(hourlyYuan(zone, t));
}

/** SPOTPAID price of one instance for one hour: SPOT_PERCENT of the unrounded list price. */
export function spotHourlyFen(zone: string, t: InstanceTypeDef): number {
  return toFen((hourlyYuan(zone, t) * SPOT_PERCENT) / 100);
}

/** PREPAID list price of one instance for one month. */
export function instanceMonthlyFen(zone: string, t: InstanceTypeDef): number {
  const r = rateOf(t);
  const cpuMonth = r.cpuMonth ?? r.cpuHour * MONTH_IN_HOURS;
  const memMonth = r.memMonth ?? r.memHour * MONTH_IN_HOURS;
  const yuan = t.cpu * cpuMonth + t.memory * memMonth + extrasHour(t, r) * MONTH_IN_HOURS;
  return toFen(yuan * mult(zone));
}

function diskRate(diskType: string) {
  const r = DISK_RATES[diskType];
  if (!r) throw new Error(`pricing: no rate for disk type ${diskType}`);
  return r;
}

export function diskHourlyFen(zone: string, diskType: string, sizeGb: number): number {
  return toFen(diskRate(diskType).hour * sizeGb * mult(zone));
}

export function diskMonthlyFen(zone: string, diskType: string, sizeGb: number): number {
  return toFen(diskRate(diskType).month * sizeGb * mult(zone));
}

/** BANDWIDTH_POSTPAID_BY_HOUR for one instance-hour at `mbps`. */
export function bandwidthHourlyFen(zone: string, mbps: number): number {
  const low = Math.min(mbps, BANDWIDTH_TIER_MBPS);
  const high = Math.max(0, mbps - BANDWIDTH_TIER_MBPS);
  return toFen((low * BANDWIDTH_HOUR.upToTier + high * BANDWIDTH_HOUR.aboveTier) * mult(zone));
}

/** BANDWIDTH_PREPAID for one instance-month at `mbps`. */
export function bandwidthMonthlyFen(zone: string, mbps: number): number {
  const low = BANDWIDTH_MONTH.cumulative[Math.min(Math.trunc(mbps), BANDWIDTH_TIER_MBPS)];
  const high = Math.max(0, mbps - BANDWIDTH_TIER_MBPS) * BANDWIDTH_MONTH.aboveTier;
  return toFen((low + high) * mult(zone));
}

/** TRAFFIC_POSTPAID_BY_HOUR, per GB sent. */
export function trafficPerGbFen(zone: string): number {
  return toFen(TRAFFIC_PER_GB * mult(zone));
}

/** One CDH host for one month. */
export function hostMonthlyFen(zone: string, hostType: string): number {
  const h = findHostType(hostType);
  if (!h) throw new Error(`pricing: unknown host type ${hostType}`);
  return toFen((h.cpu * HOST_MONTH.cpu + h.memory * HOST_MONTH.mem + h.disk * HOST_MONTH.localDiskGb) * mult(zone));
}
