// DescribeHosts (seed 22109–22443): filters, paging and the HostItem view (seed 36504–36594) of each host.
import type { DescribeHostsRequest, HostItem } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { getRegion } from "../../catalog/regions";
import { ApiError, invalidParameterValue } from "../../protocol/errors";
import { isWellFormedId } from "../ids";
import { hostResource, usageByHost, type HostUsage } from "./capacity";
import { compileFilters, parsePage, type FilterDef } from "./filters";
import { HOST_STATES, type HostRecord } from "./record";
import { countHostDescribes, scanHosts, type HostCtx } from "./repo";

type Rec = Readonly<HostRecord>;

function filterDefs(region: string): Record<string, FilterDef<Rec>> {
  return {
    zone: {
      check: (v) => {
        if (!getRegion(region)?.zones.some((z) => z.zone === v)) throw new ApiError("InvalidZone.MismatchRegion", { en: `The zone \`${v}\` does not exist in ${region}.` });
      },
      matches: (r, v) => r.Placement.Zone === v,
    },
    "project-id": {
      check: (v) => {
        if (!/^\d+$/.test(v)) throw invalidParameterValue("Filters.project-id", `"${v}" is not a project ID`);
      },
      matches: (r, v) => String(r.Placement.ProjectId) === v,
    },
    "host-id": {
      check: (v) => {
        if (!isWellFormedId("host", v)) throw new ApiError("InvalidHostId.Malformed", { en: `The CDH ID \`${v}\` is malformed.` });
      },
      matches: (r, v) => r.HostId === v,
    },
    "host-name": { matches: (r, v) => r.HostName === v },
    "host-state": {
      check: (v) => {
        if (!(HOST_STATES as readonly string[]).includes(v)) throw invalidParameterValue("Filters.host-state", `"${v}" is not one of ${HOST_STATES.join(", ")}`);
      },
      matches: (r, v) => r.HostState === v,
    },
    "host-type": { matches: (r, v) => r.HostType === v },
  };
}

/** The HostItem of a host: its own fields plus the instances on it and the resources they leave. */
export function toHostItem(rec: Rec, usage: HostUsage | undefined, ownerUin: string): HostItem {
  const fields: Omit<HostRecord, "internal"> & { internal?: unknown } = structuredClone(rec) as HostRecord;
  delete fields.internal;
  return { ...fields, InstanceIds: usage?.instanceIds ?? [], HostResource: hostResource(rec, usage, ownerUin) };
}

export interface HostPage {
  TotalCount: number;
  HostSet: HostItem[];
}

/** seed 22131–22242: filters (≤ 10, ≤ 5 values each), Offset (default 0), Limit (default 20, max 100); newest first. */
export function describeHosts(ctx: HostCtx & { region: string }, p: DescribeHostsRequest, ownerUin: string): HostPage {
  const test = compileFilters(p.Filters, {
    defs: filterDefs(ctx.region),
    tagsOf: (r: Rec) => r.Tags,
    maxFilters: 10,
    maxValues: 5,
    codes: { unknown: "InvalidFilter", tooManyFilters: "InvalidFilterValue.LimitExceeded", tooManyValues: "InvalidFilterValue.LimitExceeded", noValues: "InvalidFilter" },
  });
  const page = parsePage(p.Offset, p.Limit, { badOffset: "InvalidParameterValue", badLimit: "InvalidParameterValue" });
  const matched = scanHosts(ctx).filter(test).reverse();
  const shown = matched.slice(page.offset, page.offset + page.limit);
  countHostDescribes(ctx, shown.map((h) => h.HostId));
  const usage = usageByHost(ctx);
  return { TotalCount: matched.length, HostSet: shown.map((h) => toHostItem(h, usage.get(h.HostId), ownerUin)) };
}
