// DescribeChcHosts (seed 23523–23930): the ChcHost view (seed 35898–36102) of each server, by ids or filters.
import type { ChcHost, DescribeChcHostsRequest, VirtualPrivateCloud } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { getRegion } from "../../catalog/regions";
import { ApiError, invalidParameterValue } from "../../protocol/errors";
import { compileFilters, parsePage, type FilterDef } from "../hosts/filters";
import { isWellFormedId } from "../ids";
import { findDeviceType, hardwareDescription } from "./devices";
import { CHC_STATES, type ChcNetwork, type ChcRecord } from "./record";
import { countChcDescribes, requireChcs, scanChcs, type ChcCtx } from "./repo";

type Rec = Readonly<ChcRecord>;

const vpcOf = (n: ChcNetwork | null): VirtualPrivateCloud => ({
  VpcId: n?.VpcId ?? "",
  SubnetId: n?.SubnetId ?? "",
  AsVpcGateway: false,
  PrivateIpAddresses: n ? [n.Ip] : [],
  Ipv6AddressCount: 0,
});

/** The ChcHost of a server: every member of the seed's structure (an unconfigured network is empty, not absent). */
export function toChcHost(rec: Rec): ChcHost {
  const d = findDeviceType(rec.DeviceType)!;
  return {
    ChcId: rec.ChcId,
    InstanceName: rec.InstanceName,
    SerialNumber: rec.SerialNumber,
    InstanceState: rec.InstanceState,
    DeviceType: rec.DeviceType,
    Placement: { Zone: rec.Zone, ProjectId: 0 },
    BmcVirtualPrivateCloud: vpcOf(rec.bmc),
    BmcIp: rec.bmc?.Ip ?? "",
    BmcSecurityGroupIds: [...(rec.bmc?.SecurityGroupIds ?? [])],
    DeployVirtualPrivateCloud: vpcOf(rec.deploy),
    DeployIp: rec.deploy?.Ip ?? "",
    DeploySecurityGroupIds: [...(rec.deploy?.SecurityGroupIds ?? [])],
    CvmInstanceId: rec.CvmInstanceId,
    CreatedTime: rec.CreatedTime,
    HardwareDescription: hardwareDescription(d),
    CPU: d.cpu,
    Memory: d.memory,
    Disk: d.disk,
    BmcMAC: rec.bmc?.Mac ?? "",
    DeployMAC: rec.deploy?.Mac ?? "",
    TenantType: "HOSTING",
    DeployExtraConfig: { ...(rec.deployExtra ?? { MiniOsType: "", BootType: "", BootFile: "", NextServerAddress: "" }) },
    Gpu: d.gpu,
    NetworkCard: d.networkCard,
    IsPredefinedType: d.isPredefinedType,
    ChcInstanceType: d.chcInstanceType,
    ChcInstanceFamily: d.chcInstanceFamily,
    ChcInstanceFamilyName: d.chcInstanceFamilyName,
    ResaleAppId: "",
    ResaleAccountId: "",
    SaleStatus: "NOT_FOR_SALE",
    Tags: rec.Tags.map((t) => ({ ...t })),
    LatestOperation: rec.LatestOperation,
    LatestOperationErrorCode: rec.LatestOperationErrorCode,
    LatestOperationErrorMsg: rec.LatestOperationErrorMsg,
    LatestOperationName: rec.LatestOperationName,
    LatestOperationState: rec.LatestOperationState,
  };
}

const inNetwork = (r: Rec, test: (n: ChcNetwork) => boolean) => [r.bmc, r.deploy].some((n) => n !== null && test(n));

/** seed 23554–23626: the documented filters. */
function filterDefs(region: string): Record<string, FilterDef<Rec>> {
  return {
    zone: {
      check: (v) => {
        if (!getRegion(region)?.zones.some((z) => z.zone === v)) throw new ApiError("InvalidZone.MismatchRegion", { en: `The zone \`${v}\` does not exist in ${region}.` });
      },
      matches: (r, v) => r.Zone === v,
    },
    "instance-name": { matches: (r, v) => r.InstanceName === v },
    "instance-state": {
      check: (v) => {
        if (!(CHC_STATES as readonly string[]).includes(v)) throw invalidParameterValue("Filters.instance-state", `"${v}" is not one of ${CHC_STATES.join(", ")}`);
      },
      matches: (r, v) => r.InstanceState === v,
    },
    "device-type": { matches: (r, v) => r.DeviceType === v },
    "vpc-id": {
      check: (v) => {
        if (!isWellFormedId("vpc", v)) throw new ApiError("InvalidParameterValue.VpcIdMalformed", { en: `The VPC ID \`${v}\` is malformed.` });
      },
      matches: (r, v) => inNetwork(r, (n) => n.VpcId === v),
    },
    "subnet-id": {
      check: (v) => {
        if (!isWellFormedId("subnet", v)) throw new ApiError("InvalidParameterValue.SubnetIdMalformed", { en: `The subnet ID \`${v}\` is malformed.` });
      },
      matches: (r, v) => inNetwork(r, (n) => n.SubnetId === v),
    },
    sn: { matches: (r, v) => r.SerialNumber === v },
  };
}

/**
 * ChcIds or Filters, not both (seed 23550: "参数不支持同时指定ChcIds和Filters" → InvalidParameter.AtMostOne);
 * Offset ≥ 0 (InvalidParameterValueOffset), Limit 1–100 (default 20, InvalidParameterValue.Range); import order.
 */
export function describeChcHosts(ctx: ChcCtx & { region: string }, p: DescribeChcHostsRequest): { TotalCount: number; ChcHostSet: ChcHost[] } {
  if (p.ChcIds?.length && p.Filters?.length) {
    throw new ApiError("InvalidParameter.AtMostOne", { en: "ChcIds and Filters cannot be given together.", zh: "参数不支持同时指定ChcIds和Filters。" });
  }
  const page = parsePage(p.Offset, p.Limit, { badOffset: "InvalidParameterValueOffset", badLimit: "InvalidParameterValue.Range" });
  const test = compileFilters(p.Filters, {
    defs: filterDefs(ctx.region),
    maxFilters: 10,
    maxValues: 5,
    codes: { unknown: "InvalidFilter", tooManyFilters: "InvalidParameterValueLimit", tooManyValues: "InvalidFilterValue.LimitExceeded", noValues: "InvalidParameterValue.NotEmpty" },
  });
  const matched = p.ChcIds?.length ? requireChcs(ctx, p.ChcIds) : scanChcs(ctx).filter(test);
  const shown = matched.slice(page.offset, page.offset + page.limit);
  countChcDescribes(ctx, shown.map((c) => c.ChcId));
  return { TotalCount: matched.length, ChcHostSet: shown.map(toChcHost) };
}
