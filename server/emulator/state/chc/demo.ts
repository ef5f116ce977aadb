// The CHC servers an account finds in a region. Hosted physical servers are racked by Tencent and imported into
// the account, never created through the API, so every account gets the same three demo servers per region,
// derived from (account, region): two freshly imported (INIT) and one with both networks configured (PREPARED).
import { stableHash } from "../../catalog/compute/zone-name";
import { getRegion } from "../../catalog/regions";
import { parseBeijingTime, beijingTime } from "../hosts/beijing-time";
import { defaultSubnet, numberToIp, stableId } from "../instances/network";
import type { Scope } from "../store";
import { findDeviceType } from "./devices";
import type { ChcNetwork, ChcRecord } from "./record";

/** seed 23737: the example's import time; demo servers were imported in the 90 days before it. */
const IMPORTED_BY = parseBeijingTime("2024-07-19 16:41:20")!;

const hex = (n: number, digits: number) => (n >>> 0).toString(16).toUpperCase().padStart(digits, "0").slice(-digits);

/** "52:54:00:71:B5:A1" (seed 23701): a stable MAC for one network of one server. */
export function chcMac(chcId: string, network: "bmc" | "deploy"): string {
  const h = stableHash(`${chcId}|${network}|mac`);
  return `52:54:00:${hex(h >>> 16, 2)}:${hex(h >>> 8, 2)}:${hex(h, 2)}`;
}

/** seed 23789: InstanceName example "vlan502"; ours name the rack slot. */
const DEMO = [
  { name: "chc-rack-a01", deviceType: "CHCS5", configured: false },
  { name: "chc-rack-a02", deviceType: "CHCS5", configured: false },
  { name: "chc-rack-b01", deviceType: "CHCM5", configured: true },
];

/** The demo servers of a scope, in import order. */
export function demoChcServers(scope: Scope): ChcRecord[] {
  const zones = (getRegion(scope.region)?.zones ?? []).filter((z) => z.state === "AVAILABLE");
  if (zones.length === 0) return [];
  return DEMO.map((d, i) => {
    const key = `${scope.account}|${scope.region}|chc|${i}`;
    const ChcId = stableId("chc", key);
    // One rack: the servers sit in the region's first zone that sells instances.
    const Zone = zones[0].zone;
    const h = stableHash(key);
    const subnet = defaultSubnet(scope, Zone);
    // High addresses of the zone's default /20, clear of the low ones instances are given first.
    const network = (kind: "bmc" | "deploy", offset: number): ChcNetwork => ({
      VpcId: subnet.vpcId,
      SubnetId: subnet.subnetId,
      Ip: numberToIp(subnet.base + 4000 + offset),
      Mac: chcMac(ChcId, kind),
      SecurityGroupIds: [],
    });
    return {
      ChcId,
      InstanceName: d.name,
      SerialNumber: `7DF1${hex(h, 8)}`,
      InstanceState: d.configured ? "PREPARED" : "INIT",
      DeviceType: findDeviceType(d.deviceType)!.deviceType,
      Zone,
      CreatedTime: beijingTime(IMPORTED_BY - (h % 90) * 86_400_000 - i * 3_600_000),
      bmc: d.configured ? network("bmc", 2 * i) : null,
      deploy: d.configured ? network("deploy", 2 * i + 1) : null,
      deployExtra: d.configured ? { MiniOsType: "public", BootType: "x86_uefi", BootFile: "pxelinux.0", NextServerAddress: "169.254.68.10" } : null,
      CvmInstanceId: "",
      Tags: [],
      LatestOperation: "",
      LatestOperationName: "",
      LatestOperationState: "",
      LatestOperationErrorCode: "",
      LatestOperationErrorMsg: "",
      internal: {},
    };
  });
}
