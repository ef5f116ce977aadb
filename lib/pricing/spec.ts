import { CLOUD_DISK_TYPES, DEFAULT_SYSTEM_DISK_SIZE, MAX_BANDWIDTH, SYSTEM_DISK_RULE, dataDiskRule } from "@/lib/purchase/constants";

// What the pricing page compares (issue 6): one spec (CPU, memory, optional GPU, disks, bandwidth) priced for every
// matching instance type, in every zone of a region or across regions, under five charge modes. The spec lives in
// the page URL (shareable) and is sent as the same parameters to GET /api/pricing/matrix.

/** The compared charge modes: pay-as-you-go, prepaid 1 / 12 / 36 months (seed 37252: Period), spot. */
export const PRICING_MODES = ["hourly", "month1", "month12", "month36", "spot"] as const;
export type PricingMode = (typeof PRICING_MODES)[number];

export const MODE_BILLING: Record<PricingMode, { charge: "POSTPAID_BY_HOUR" | "PREPAID" | "SPOTPAID"; period?: number }> = {
  hourly: { charge: "POSTPAID_BY_HOUR" },
  month1: { charge: "PREPAID", period: 1 },
  month12: { charge: "PREPAID", period: 12 },
  month36: { charge: "PREPAID", period: 36 },
  spot: { charge: "SPOTPAID" },
};

/** The disk types offered here: cloud disks only (local disks come with their own instance families). */
export const PRICING_DISK_TYPES = CLOUD_DISK_TYPES.filter((d) => d !== "CLOUD_TSSD" && d !== "CLOUD_BASIC");
export const SCOPES = ["zones", "regions"] as const;
export type PricingScope = (typeof SCOPES)[number];
/** Public bandwidth billed by the bandwidth (prepaid with a prepaid instance) or by the traffic (per GB). */
export const NET_BILLING = ["BANDWIDTH", "TRAFFIC"] as const;
export type NetBilling = (typeof NET_BILLING)[number];

const bwMax = MAX_BANDWIDTH.BANDWIDTH_POSTPAID_BY_HOUR;

export interface PricingSpec {
  cpu: number;
  /** GB. */
  memory: number;
  /** "any", or the GPU count the type must have (0 = no GPU; fractions are vGPU shares, e.g. 0.25). */
  gpu: number | "any";
  sysDisk: string;
  sysSize: number;
  dataDisk: string;
  /** 0 = no data disk. */
  dataSize: number;
  /** Mbps. */
  bw: number;
  net: NetBilling;
  scope: PricingScope;
}

const isInt = (v: unknown, min: number, max: number) => typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
const isNum = (v: unknown, min: number, max: number) => typeof v === "number" && Number.isFinite(v) && v >= min && v <= max;
const oneOf = (list: readonly string[], v: unknown) => typeof v === "string" && list.includes(v);

/**
 * The field that is wrong first, or null when the spec is valid. Hand-written (no schema library) because it runs
 * in the page's bundle on every keystroke, and the page keeps its first-load JavaScript small.
 */
export function specProblem(s: Record<string, unknown>): keyof PricingSpec | null {
  if (!isInt(s.cpu, 1, 512)) return "cpu";
  if (!isNum(s.memory, 0.5, 4096)) return "memory";
  if (s.gpu !== "any" && !isNum(s.gpu, 0, 16)) return "gpu";
  if (!oneOf(PRICING_DISK_TYPES, s.sysDisk)) return "sysDisk";
  if (!isInt(s.sysSize, SYSTEM_DISK_RULE.min, SYSTEM_DISK_RULE.max)) return "sysSize";
  if (!oneOf(PRICING_DISK_TYPES, s.dataDisk)) return "dataDisk";
  if (!isInt(s.dataSize, 0, 32000) || (s.dataSize !== 0 && !fitsDataDisk(s.dataDisk as string, s.dataSize as number))) return "dataSize";
  if (!isInt(s.bw, 0, bwMax)) return "bw";
  if (!oneOf(NET_BILLING, s.net)) return "net";
  if (!oneOf(SCOPES, s.scope)) return "scope";
  return null;
}

export const isValidSpec = (s: Record<string, unknown>): s is PricingSpec & Record<string, unknown> => specProblem(s) === null;

/** seed 36163: data disks in steps of 10; seed 9612: CLOUD_SSD from 100 GB (the purchase wizard's rule). */
function fitsDataDisk(type: string, size: number): boolean {
  const r = dataDiskRule(type);
  return size >= r.min && size <= r.max && (size - r.min) % r.step === 0;
}

export const DEFAULT_SPEC: PricingSpec = {
  cpu: 2,
  memory: 4,
  gpu: 0,
  sysDisk: "CLOUD_PREMIUM",
  sysSize: DEFAULT_SYSTEM_DISK_SIZE,
  dataDisk: "CLOUD_PREMIUM",
  dataSize: 0,
  bw: 1,
  net: "BANDWIDTH",
  scope: "zones",
};

type Params = URLSearchParams | Record<string, string | string[] | undefined>;
const get = (p: Params, k: string): string | undefined => {
  const v = p instanceof URLSearchParams ? p.get(k) : p[k];
  return (Array.isArray(v) ? v[0] : v) ?? undefined;
};

/**
 * The spec of a URL: each parameter that parses replaces the default; anything malformed is ignored (a shared link
 * with a bad value still opens). `strict` answers null instead, for the API route, which never guesses.
 */
export function readSpec(p: Params, strict = false): PricingSpec | null {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SPEC) as Array<keyof PricingSpec>) {
    const v = get(p, key);
    if (v === undefined || v === "") continue;
    const isText = key === "sysDisk" || key === "dataDisk" || key === "net" || key === "scope" || (key === "gpu" && v === "any");
    raw[key] = isText ? v : /^\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  }
  const whole = { ...DEFAULT_SPEC, ...raw };
  if (isValidSpec(whole)) return whole;
  if (strict) return null;
  const out: Record<string, unknown> = { ...DEFAULT_SPEC };
  for (const [k, v] of Object.entries(raw)) {
    if (isValidSpec({ ...out, [k]: v })) out[k] = v;
  }
  return out as unknown as PricingSpec;
}

/** The URL parameters of a spec, defaults left out, in a stable order (the same spec → the same URL and key). */
export function specSearch(spec: PricingSpec, all = false): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_SPEC) as Array<keyof PricingSpec>) {
    if (all || spec[key] !== DEFAULT_SPEC[key]) out.set(key, String(spec[key]));
  }
  return out;
}

/** Does an instance type have the spec's shape? CPU and memory exactly; GPU count exactly unless "any". */
export function matchesShape(spec: Pick<PricingSpec, "cpu" | "memory" | "gpu">, t: { Cpu: number; Memory: number; GpuCount: number }): boolean {
  return t.Cpu === spec.cpu && t.Memory === spec.memory && (spec.gpu === "any" || t.GpuCount === spec.gpu);
}
