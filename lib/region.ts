// Region and zone ids as Tencent spells them: ap-guangzhou, na-siliconvalley, ap-shanghai-fsi; zones add -N.
const REGION_ID = /^[a-z]{2,}(?:-[a-z0-9]+){1,3}$/;

export const FALLBACK_REGION = "ap-guangzhou";

/** Syntax only: whether the region exists for an account is decided against DescribeRegions. */
export function isRegionId(value: unknown): value is string {
  return typeof value === "string" && value.length <= 40 && REGION_ID.test(value);
}
