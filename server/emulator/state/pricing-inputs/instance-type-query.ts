// DescribeInstanceTypeConfigs (seed 11269–11557): the instance types on sale in the region's zones, narrowed by
// zone, instance-family and instance-type (seed 11297–11330). A type that is sold out is not on sale and is left
// out; naming one explicitly is ResourcesSoldOut.SpecifiedInstanceType (seed 11532). Sold-out items are visible,
// with Status SOLD_OUT, in DescribeZoneInstanceConfigInfos.
import { isSoldOut, typesForZone } from "../../catalog/compute/availability";
import { toInstanceTypeConfig, type InstanceTypeConfig } from "../../catalog/compute/instance-types";
import { ApiError } from "../../protocol/errors";
import { assertWellFormedInstanceTypes, zonesInScope } from "./catalog-scope";
import { filterValues, matchesFilter, parseFilters, type FilterInput } from "./filters";

export const INSTANCE_TYPE_FILTERS = ["zone", "instance-family", "instance-type"] as const;

export function queryInstanceTypeConfigs(region: string, filters: readonly FilterInput[] | undefined): InstanceTypeConfig[] {
  // seed 11330: Filters ≤ 10, Filter.Values ≤ 1.
  const parsed = parseFilters(filters, { names: INSTANCE_TYPE_FILTERS, maxFilters: 10, maxValues: 1 });
  const zones = zonesInScope(region, filterValues(parsed, "zone"));
  const namedTypes = filterValues(parsed, "instance-type");
  assertWellFormedInstanceTypes(namedTypes);

  const offered = zones.flatMap((zone) =>
    typesForZone(zone)
      .filter((t) => matchesFilter(parsed, "instance-family", t.family.family) && matchesFilter(parsed, "instance-type", t.instanceType))
      .map((t) => ({ zone, t })),
  );
  const onSale = offered.filter(({ zone, t }) => !isSoldOut(zone, t.instanceType));
  if (namedTypes.length > 0 && offered.length > 0 && onSale.length === 0) {
    throw new ApiError("ResourcesSoldOut.SpecifiedInstanceType", {
      en: `The instance type ${namedTypes.join(", ")} is sold out in ${zones.join(", ")}.`,
      zh: `实例机型 ${namedTypes.join("、")} 在 ${zones.join("、")} 已售罄。`,
    });
  }
  return onSale.map(({ zone, t }) => toInstanceTypeConfig(t, zone));
}
