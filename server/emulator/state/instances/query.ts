// DescribeInstances / DescribeInstancesStatus reads (seed 9866–10955, 20354–20571): ids or filters, paging,
// newest first. Works on the live records (no copy of the whole fleet per request); only the page is copied.
import { getRegion } from "../../catalog/regions";
import { ApiError, invalidParameterValue } from "../../protocol/errors";
import { parseTimerTime, runDueTimers } from "../changes/action-timers";
import { isWellFormedId } from "../ids";
import { isIpv4 } from "./network";
import { INSTANCE_STATES, type InstanceRecord } from "./record";
import { countDescribe, scanInstances, type InstanceCtx } from "./repo";

export interface FilterInput {
  Name?: string;
  Values?: string[];
}

/** seed 10104: "每次请求的Filters的上限为10，Filter.Values的上限为5". */
export const MAX_FILTERS = 10;
export const MAX_FILTER_VALUES = 5;
/** seed 9880 / 10112: InstanceIds ≤ 100; Limit default 20, max 100. */
export const MAX_IDS = 100;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

type Rec = Readonly<InstanceRecord>;
type Test = (rec: Rec) => boolean;

const fail = (code: string, en: string) => new ApiError(code, { en });
const wellFormed = (prefix: string, code: string) => (v: string) => {
  if (!isWellFormedId(prefix, v)) throw fail(code, `\`${v}\` is not a well-formed ${prefix}- id.`);
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IPV6 = /^[0-9a-f:]+$/i;
const CHARGE_TYPES = ["PREPAID", "POSTPAID_BY_HOUR", "CDHPAID", "SPOTPAID", "CDCPAID"];
const oneOf = (name: string, allowed: readonly string[]) => (v: string) => {
  if (!allowed.includes(v)) throw invalidParameterValue(`Filters.${name}`, `"${v}" is not one of ${allowed.join(", ")}`);
};

/** One documented filter (seed 9890–10102): how a value is checked, and whether a record matches one value. */
interface FilterDef {
  check?: (value: string, region: string) => void;
  matches: (rec: Rec, value: string) => boolean;
}

const FILTERS: Record<string, FilterDef> = {
  zone: {
    check: (v, region) => {
      if (!getRegion(region)?.zones.some((z) => z.zone === v)) throw fail("InvalidZone.MismatchRegion", `The zone \`${v}\` does not exist in ${region}.`);
    },
    matches: (r, v) => r.Placement.Zone === v,
  },
  "project-id": {
    check: (v) => {
      if (!/^\d+$/.test(v)) throw invalidParameterValue("Filters.project-id", `"${v}" is not an integer`);
    },
    matches: (r, v) => String(r.Placement.ProjectId) === v,
  },
  "host-id": { check: wellFormed("host", "InvalidHostId.Malformed"), matches: (r, v) => r.Placement.HostId === v },
  "dedicated-cluster-id": { matches: (r, v) => r.DedicatedClusterId === v },
  "vpc-id": { check: wellFormed("vpc", "InvalidParameterValue.VpcIdMalformed"), matches: (r, v) => r.VirtualPrivateCloud.VpcId === v },
  "subnet-id": { check: wellFormed("subnet", "InvalidParameterValue.SubnetIdMalformed"), matches: (r, v) => r.VirtualPrivateCloud.SubnetId === v },
  "instance-id": { check: wellFormed("ins", "InvalidInstanceId.Malformed"), matches: (r, v) => r.InstanceId === v },
  uuid: {
    check: (v) => {
      if (!UUID.test(v)) throw fail("InvalidParameterValue.UuidMalformed", `\`${v}\` is not a UUID.`);
    },
    matches: (r, v) => r.Uuid.toLowerCase() === v.toLowerCase(),
  },
  "security-group-id": { check: wellFormed("sg", "InvalidSgId.Malformed"), matches: (r, v) => r.SecurityGroupIds.includes(v) },
  // Names match by substring, as the console's search does (InvalidVagueName is the documented refusal).
  "instance-name": {
    check: (v) => {
      if (v.trim() === "") throw fail("InvalidParameterValue.InvalidVagueName", "An instance-name filter value may not be empty.");
    },
    matches: (r, v) => r.InstanceName.includes(v),
  },
  "instance-charge-type": { check: oneOf("instance-charge-type", CHARGE_TYPES), matches: (r, v) => r.InstanceChargeType === v },
  "instance-state": { check: oneOf("instance-state", INSTANCE_STATES), matches: (r, v) => r.InstanceState === v },
  "private-ip-address": { check: ipv4Check, matches: (r, v) => r.PrivateIpAddresses.includes(v) },
  "public-ip-address": { check: ipv4Check, matches: (r, v) => r.PublicIpAddresses?.includes(v) ?? false },
  "ipv6-address": {
    check: (v) => {
      if (!IPV6.test(v) || !v.includes(":")) throw fail("InvalidParameterValue.IPv6AddressMalformed", `\`${v}\` is not an IPv6 address.`);
    },
    matches: (r, v) => r.IPv6Addresses?.some((a) => a.toLowerCase() === v.toLowerCase()) ?? false,
  },
  "tag-key": { matches: (r, v) => r.Tags.some((t) => t.Key === v) },
  "tag-value": { matches: (r, v) => r.Tags.some((t) => t.Value === v) },
  // seed 10089–10098: "创建实例请求的起始时间 / 截止时间", e.g. 2023-06-01 00:00:00.
  // Compared at the second, the precision of CreatedTime and of the filter values.
  "creation-start-time": { check: timeCheck("creation-start-time"), matches: (r, v) => createdSecondMs(r) >= timeOf(v, "creation-start-time") },
  "creation-end-time": { check: timeCheck("creation-end-time"), matches: (r, v) => createdSecondMs(r) <= timeOf(v, "creation-end-time") },
};

function createdSecondMs(r: Rec): number {
  return Math.floor(r.internal.createdAtMs / 1000) * 1000;
}

function ipv4Check(v: string): void {
  if (!isIpv4(v)) throw fail("InvalidParameterValue.IPAddressMalformed", `\`${v}\` is not an IPv4 address.`);
}

function timeOf(v: string, name: string): number {
  try {
    return parseTimerTime(v, `Filters.${name}`);
  } catch {
    throw fail("InvalidParameterValue.InvalidTimeFormat", `Filters.${name}: "${v}" must look like 2023-06-01 00:00:00.`);
  }
}
function timeCheck(name: string) {
  return (v: string) => void timeOf(v, name);
}

/** tag:<key> (seed 10077: "tag-key使用具体的标签键进行替换"). */
function filterDef(name: string): FilterDef | undefined {
  if (Object.hasOwn(FILTERS, name)) return FILTERS[name];
  if (name.startsWith("tag:") && name.length > 4) {
    const key = name.slice(4);
    return { matches: (r, v) => r.Tags.some((t) => t.Key === key && t.Value === v) };
  }
  return undefined;
}

/** The record test of a Filters list: values of one filter are ORed, filters ANDed. */
export function compileFilters(filters: readonly FilterInput[], region: string): Test {
  if (filters.length > MAX_FILTERS) throw fail("InvalidParameterValue.LimitExceeded", `At most ${MAX_FILTERS} Filters per request; got ${filters.length}.`);
  const tests = filters.map((f, i): Test => {
    const name = f.Name ?? "";
    const def = filterDef(name);
    if (!def) throw new ApiError("InvalidFilter", { en: `The filter \`${name}\` (Filters.${i}.Name) is not supported.`, zh: `不支持的过滤器 \`${name}\`。` });
    const values = f.Values ?? [];
    if (values.length === 0) throw new ApiError("InvalidFilter", { en: `Filters.${i}.Values must not be empty.` });
    if (values.length > MAX_FILTER_VALUES) {
      throw fail("InvalidFilterValue.LimitExceeded", `Filters.${i}.Values takes at most ${MAX_FILTER_VALUES} values; got ${values.length}.`);
    }
    for (const v of values) def.check?.(v, region);
    return (rec) => values.some((v) => def.matches(rec, v));
  });
  return (rec) => tests.every((t) => t(rec));
}

export interface PageParams {
  InstanceIds?: string[];
  Filters?: FilterInput[];
  Offset?: number;
  Limit?: number;
}

/**
 * The matching instances, newest first, and the requested page of them (live records: copy before returning).
 * Each describe counts for the "after N describes" speed mode and stayPendingDescribes faults of the page.
 */
export function queryInstances(ctx: InstanceCtx, p: PageParams, region: string): { total: number; page: Rec[] } {
  // seed 9882 / 10105: "参数不支持同时指定InstanceIds和Filters".
  if (p.InstanceIds?.length && p.Filters?.length) throw fail("InvalidParameter", "InstanceIds and Filters cannot be specified together.");
  const offset = p.Offset ?? 0;
  const limit = p.Limit ?? DEFAULT_LIMIT;
  if (offset < 0) throw invalidParameterValue("Offset", `must be ≥ 0, got ${offset}`);
  if (limit < 0 || limit > MAX_LIMIT) throw invalidParameterValue("Limit", `must be 0–${MAX_LIMIT}, got ${limit}`);
  let test: Test = () => true;
  if (p.InstanceIds?.length) {
    const ids = new Set(p.InstanceIds);
    if (ids.size > MAX_IDS) throw fail("InvalidParameterValue.LimitExceeded", `At most ${MAX_IDS} InstanceIds per request; got ${ids.size}.`);
    for (const id of ids) wellFormed("ins", "InvalidInstanceId.Malformed")(id);
    test = (r) => ids.has(r.InstanceId);
  } else if (p.Filters?.length) {
    test = compileFilters(p.Filters, region);
  }
  runDueTimers(ctx);
  const all = scanInstances(ctx);
  const matched: Rec[] = [];
  for (let i = all.length - 1; i >= 0; i--) if (test(all[i])) matched.push(all[i]);
  // Newest first (stable: equal creation times keep the newest-inserted first).
  matched.sort((a, b) => b.internal.createdAtMs - a.internal.createdAtMs);
  const page = matched.slice(offset, offset + limit);
  countDescribe(ctx, page.map((r) => r.InstanceId));
  return { total: matched.length, page };
}
