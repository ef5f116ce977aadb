// What each zone sells, decided from the zone string alone (zones are input, never listed here).
//
// - Most families are in every zone; the rest (GPU, FPGA, ARM, newest lines) in a stable share of zones
//   (FamilyDef.zoneShare); legacy S2/I1 only in zones numbered 1–2.
// - Stock per (zone, type): Status SELL | SOLD_OUT and StatusCategory EnoughStock | NormalStock | UnderStock |
//   WithoutStock (seed 37528–37536, 37595–37608); a sold-out type carries SoldOutReason
//   "ResourcesSoldOut.SpecifiedInstanceType" (the seed's example, seed 37543).
//   Rules, so that tests can rely on them: types with ≤ 4 vCPU are never sold out (default launches always work);
//   M5.16XLARGE512 is sold out in every zone that offers M5; other types with ≥ 16 vCPU are sold out in about 1 in 12
//   (zone, type) pairs by a stable hash.
// - SPOTPAID: families with FamilyDef.spot, except in finance regions (*-fsi), which do not sell spot.
import { FAMILIES, type FamilyDef } from "./families";
import { INSTANCE_TYPES, findInstanceType, type InstanceTypeDef } from "./instance-types";
import { regionOfZone, stableFraction, zoneNumber } from "./zone-name";

export type SaleStatus = "SELL" | "SOLD_OUT";
export type StockCategory = "EnoughStock" | "NormalStock" | "UnderStock" | "WithoutStock";
export type ZoneChargeType = "PREPAID" | "POSTPAID_BY_HOUR" | "SPOTPAID";

export interface Stock {
  status: SaleStatus;
  statusCategory: StockCategory;
  soldOutReason: string;
}

/** Sold out in every zone that offers it, so sold-out handling can always be exercised. */
export const ALWAYS_SOLD_OUT = "M5.16XLARGE512";
export const SOLD_OUT_REASON = "ResourcesSoldOut.SpecifiedInstanceType";

export function familyOfferedInZone(zone: string, f: FamilyDef): boolean {
  if (f.legacyZonesOnly) {
    const n = zoneNumber(zone);
    return n === 1 || n === 2;
  }
  return f.zoneShare >= 1 || stableFraction(`${zone}|family|${f.family}`) < f.zoneShare;
}

export function familiesForZone(zone: string): FamilyDef[] {
  return FAMILIES.filter((f) => familyOfferedInZone(zone, f));
}

/** Families offered in any of the zones (DescribeInstanceFamilyConfigs answers per region). */
export function familiesForZones(zones: readonly string[]): FamilyDef[] {
  return FAMILIES.filter((f) => zones.some((z) => familyOfferedInZone(z, f)));
}

/** Every type the zone offers, sold out or not, in catalogue order. */
export function typesForZone(zone: string): InstanceTypeDef[] {
  const offered = new Set(familiesForZone(zone).map((f) => f.family));
  return INSTANCE_TYPES.filter((t) => offered.has(t.family.family));
}

export function isTypeOfferedInZone(zone: string, instanceType: string): boolean {
  const t = findInstanceType(instanceType);
  return t !== undefined && familyOfferedInZone(zone, t.family);
}

/** Stock of a type in a zone; undefined when the zone does not offer the type at all. */
export function stockFor(zone: string, instanceType: string): Stock | undefined {
  const t = findInstanceType(instanceType);
  if (!t || !familyOfferedInZone(zone, t.family)) return undefined;
  const soldOut = { status: "SOLD_OUT", statusCategory: "WithoutStock", soldOutReason: SOLD_OUT_REASON } as const;
  if (t.instanceType === ALWAYS_SOLD_OUT) return soldOut;
  const roll = stableFraction(`${zone}|stock|${t.instanceType}`);
  if (t.cpu >= 16 && roll < 1 / 12) return soldOut;
  const statusCategory: StockCategory = t.cpu <= 4 || roll >= 0.4 ? "EnoughStock" : roll >= 0.2 ? "NormalStock" : "UnderStock";
  return { status: "SELL", statusCategory, soldOutReason: "" };
}

export function isSoldOut(zone: string, instanceType: string): boolean {
  return stockFor(zone, instanceType)?.status === "SOLD_OUT";
}

/** Finance regions (ap-shanghai-fsi, ap-shenzhen-fsi ...) do not sell spot instances. */
export function regionSellsSpot(region: string): boolean {
  return !region.endsWith("-fsi");
}

export function spotOffered(zone: string, t: InstanceTypeDef): boolean {
  return t.family.spot && regionSellsSpot(regionOfZone(zone));
}

/** Charge types listed per type in DescribeZoneInstanceConfigInfos (CDHPAID instances are bought per host). */
export function chargeTypesFor(zone: string, t: InstanceTypeDef): ZoneChargeType[] {
  return spotOffered(zone, t) ? ["PREPAID", "POSTPAID_BY_HOUR", "SPOTPAID"] : ["PREPAID", "POSTPAID_BY_HOUR"];
}

/**
 * The type picked when a launch names none (seed 8656: "系统将根据当前地域的资源售卖情况动态指定默认机型"): the
 * smallest legacy S2 where it is still sold, else S5.SMALL1 (offered everywhere, never sold out).
 */
export function defaultInstanceType(zone: string): string {
  return isTypeOfferedInZone(zone, "S2.SMALL1") ? "S2.SMALL1" : "S5.SMALL1";
}
