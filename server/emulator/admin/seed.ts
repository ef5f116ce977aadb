import type { EmulatorAccount } from "../accounts";
import { isKnownRegion } from "../catalog/regions";
import type { EmulatorRuntime } from "../runtime";

/** A validated POST /_emulator/seed body. */
export interface SeedRequest {
  account: EmulatorAccount;
  region: string;
  /** How many resources of each kind to create, e.g. { instances: 50 }. */
  counts: Record<string, number>;
  /** Whether the body named the region (a seeder may spread over several regions when it did not). */
  regionGiven?: boolean;
  /** Seed of the seeders' random choices (same seed → same fleet); default 1. */
  seed?: number;
}

/** Creates demo resources of one kind; returns how many it made. Later work registers one per kind. */
export type FleetSeeder = (rt: EmulatorRuntime, request: SeedRequest, count: number) => number;

const SEEDERS = new Map<string, FleetSeeder>();
const KINDS = ["instances", "images", "keyPairs", "hosts", "placementGroups", "launchTemplates"];
const MAX_PER_KIND = 1000;
/** Instances go up to 10,000 (benchmarks of DescribeInstances over a large fleet). */
const MAX_PER_KIND_OVERRIDES: Record<string, number> = { instances: 10_000 };

export function registerFleetSeeder(kind: string, seeder: FleetSeeder): void {
  SEEDERS.set(kind, seeder);
}

/**
 * Body: {account?: owner UIN | SecretId | name (default: the first account), region?: (default ap-guangzhou),
 * instances?: n, images?: n, ...}. Returns the request or a message saying what is wrong.
 */
export function parseSeedRequest(rt: EmulatorRuntime, body: unknown): SeedRequest | string {
  const o = (body ?? {}) as Record<string, unknown>;
  if (typeof o !== "object" || Array.isArray(o)) return "expected a JSON object";
  const ref = o.account ?? rt.accounts.all[0]?.ownerUin;
  const account = typeof ref === "string" ? rt.accounts.find(ref) : undefined;
  if (!account) return `account: no account ${String(ref)}`;
  const region = o.region ?? "ap-guangzhou";
  if (typeof region !== "string" || !isKnownRegion(region)) return `region: ${String(region)} is not in the region table`;
  const counts: Record<string, number> = {};
  if (o.seed !== undefined && (typeof o.seed !== "number" || !Number.isInteger(o.seed))) return "seed: expected an integer";
  for (const [key, value] of Object.entries(o)) {
    if (key === "account" || key === "region" || key === "seed") continue;
    if (!KINDS.includes(key)) return `${key}: unknown kind (expected one of ${KINDS.join(", ")})`;
    const max = MAX_PER_KIND_OVERRIDES[key] ?? MAX_PER_KIND;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
      return `${key}: expected an integer from 0 to ${max}`;
    }
    counts[key] = value;
  }
  return { account, region, counts, regionGiven: o.region !== undefined, ...(o.seed !== undefined ? { seed: o.seed as number } : {}) };
}

/** Runs the seeder of each requested kind; kinds without a seeder yet create nothing (reported as 0). */
export function runSeeders(rt: EmulatorRuntime, request: SeedRequest): Record<string, number> {
  const seeded: Record<string, number> = {};
  for (const [kind, count] of Object.entries(request.counts)) {
    const seeder = SEEDERS.get(kind);
    seeded[kind] = seeder && count > 0 ? rt.store.transaction(() => seeder(rt, request, count)) : 0;
  }
  return seeded;
}
