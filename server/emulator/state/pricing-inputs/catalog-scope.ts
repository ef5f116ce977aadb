// Validation shared by the catalogue queries: which zones of the region a request is about, and whether an
// instance type value has the form of one.
import { isWellFormedInstanceType } from "../../catalog/compute/instance-types";
import { getRegion } from "../../catalog/regions";
import { ApiError } from "../../protocol/errors";

/** The zones of the region in table order. */
export function regionZones(region: string): string[] {
  return (getRegion(region)?.zones ?? []).map((z) => z.zone);
}

/**
 * The zones a request covers: all of the region's, or the ones named (seed 20600: 可用区形如 ap-guangzhou-1). A zone
 * that is not in the request's region is InvalidZone.MismatchRegion ("指定的zone不存在", seed 11530 / 20905).
 */
export function zonesInScope(region: string, named: readonly string[]): string[] {
  const zones = regionZones(region);
  for (const zone of named) {
    if (!zones.includes(zone)) {
      throw new ApiError("InvalidZone.MismatchRegion", {
        en: `The zone \`${zone}\` does not exist in the region ${region}.`,
        zh: `地域 ${region} 下不存在可用区 \`${zone}\`。`,
      });
    }
  }
  return named.length === 0 ? zones : zones.filter((z) => named.includes(z));
}

/** InvalidInstanceType.Malformed for a value that is not "<family>.<size>" (seed 11522 / 20893). */
export function assertWellFormedInstanceTypes(values: readonly string[]): void {
  for (const value of values) {
    if (!isWellFormedInstanceType(value)) {
      throw new ApiError("InvalidInstanceType.Malformed", {
        en: `The instance type \`${value}\` is malformed; expected a form such as S5.MEDIUM4.`,
        zh: `实例机型 \`${value}\` 格式不合法，应形如 S5.MEDIUM4。`,
      });
    }
  }
}
