// DescribeZoneInstanceConfigInfos (seed 20572–20929): the catalogue items of the region's zones, narrowed by the
// documented filters zone, instance-family, instance-type, instance-charge-type and ordered by sort-keys
// (seed 20594–20666).
import { zoneInstanceConfigInfos, type InstanceTypeQuotaItem } from "../../catalog/compute/zone-config-infos";
import { invalidParameterValue } from "../../protocol/errors";
import { assertWellFormedInstanceTypes, zonesInScope } from "./catalog-scope";
import { filterValues, matchesFilter, parseFilters, type FilterInput } from "./filters";

export const ZONE_CONFIG_FILTERS = ["zone", "instance-family", "instance-type", "instance-charge-type", "sort-keys"] as const;

/** seed 20632: the instance-charge-type values. CDHPAID / CDCPAID items are sold per host / cluster, so none match. */
export const ZONE_CHARGE_TYPES = ["PREPAID", "POSTPAID_BY_HOUR", "CDHPAID", "SPOTPAID", "CDCPAID"];

/** seed 20638–20642: "cpu:desc", "mem:asc" — a field and an order separated by a colon. */
const SORT_FIELDS: Record<string, (i: InstanceTypeQuotaItem) => number> = { cpu: (i) => i.Cpu, mem: (i) => i.Memory };

interface SortKey {
  field: (i: InstanceTypeQuotaItem) => number;
  sign: 1 | -1;
}

function parseSortKey(value: string): SortKey {
  const [field, order, ...rest] = value.split(":");
  const get = SORT_FIELDS[field];
  if (!get || (order !== "asc" && order !== "desc") || rest.length > 0) {
    throw invalidParameterValue("Filters.sort-keys", `"${value}" must be <cpu|mem>:<asc|desc>, e.g. "cpu:desc"`);
  }
  return { field: get, sign: order === "asc" ? 1 : -1 };
}

export function queryZoneConfigInfos(region: string, filters: readonly FilterInput[] | undefined, language?: string): InstanceTypeQuotaItem[] {
  // seed 20666: Filters ≤ 10, Filter.Values ≤ 100.
  const parsed = parseFilters(filters, { names: ZONE_CONFIG_FILTERS, maxFilters: 10, maxValues: 100 });
  const zones = zonesInScope(region, filterValues(parsed, "zone"));
  assertWellFormedInstanceTypes(filterValues(parsed, "instance-type"));
  for (const c of filterValues(parsed, "instance-charge-type")) {
    if (!ZONE_CHARGE_TYPES.includes(c)) throw invalidParameterValue("Filters.instance-charge-type", `"${c}" is not one of ${ZONE_CHARGE_TYPES.join(", ")}`);
  }
  const sortKeys = filterValues(parsed, "sort-keys").map(parseSortKey);

  const items = zones
    .flatMap((zone) => zoneInstanceConfigInfos(zone, language))
    .filter(
      (i) =>
        matchesFilter(parsed, "instance-family", i.InstanceFamily) &&
        matchesFilter(parsed, "instance-type", i.InstanceType) &&
        matchesFilter(parsed, "instance-charge-type", i.InstanceChargeType),
    );
  if (sortKeys.length === 0) return items;
  // Array.prototype.sort is stable: ties keep zone / catalogue order.
  return items.sort((a, b) => {
    for (const k of sortKeys) {
      const d = (k.field(a) - k.field(b)) * k.sign;
      if (d !== 0) return d;
    }
    return 0;
  });
}
