// The repair tasks an account finds in a region: maintenance is raised by Tencent, never created through the API,
// so every account gets the same five demo tasks per region, derived from (account, region) and dated relative to
// the moment the region is first looked at (one raised today, so DescribeTaskInfo's default window — today 00:00
// to now, seed 34320–34330 — shows it).
import { getRegion } from "../../catalog/regions";
import { startOfBeijingDay } from "../hosts/beijing-time";
import { allocatePublicIp, defaultSubnet, numberToIp, stableId } from "../instances/network";
import type { Scope } from "../store";
import { setTaskStatus, TaskStatus, type RepairTaskRecord } from "./record";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** TaskDetail per type: 107 and 101 are the seed's (seed 34457, 34510); the others say the same kind of thing. */
const DETAILS: Record<number, string> = {
  101: "监控到您的云服务器存在隐患，可能导致云服务器高负载或宕机。为尽快修复隐患，需要您授权我们停机处理。感谢您的支持与理解。",
  102: "监控到您的云服务器运行异常，为尽快恢复业务，需要您授权我们停机处理。感谢您的支持与理解。",
  103: "监控到您的云服务器本地硬盘异常，为尽快恢复，需要您授权我们停机更换硬盘。感谢您的支持与理解。",
  105: "监控到您的云服务器存在运行风险，为避免影响业务，需要您授权我们在线迁移。感谢您的支持与理解。",
  107: "监控到您的云服务器因底层宿主机架构、软件升级需要发起在线维护，处理过程中云服务器可能出现短时间高负载或者网络抖动。为尽快完成维护以提升实例性能及安全性，需要您授权我们在线维护。感谢您的支持与理解。",
};

interface DemoTask {
  type: number;
  /** AuthType (seed 38717–38737): which authorisations the task offers. */
  authType: number;
  product: "CVM" | "CDH";
  alias: string;
  status: number;
  /** Raised this long before the region was first seen (0 = today at the latest). */
  ageMs: number;
}

const DEMO: DemoTask[] = [
  { type: 107, authType: 6, product: "CVM", alias: "web-01", status: TaskStatus.WAITING, ageMs: 0 },
  { type: 101, authType: 2, product: "CVM", alias: "web-02", status: TaskStatus.WAITING, ageMs: DAY },
  { type: 103, authType: 4, product: "CVM", alias: "db-01", status: TaskStatus.WAITING, ageMs: 3 * DAY },
  { type: 105, authType: 1, product: "CVM", alias: "cache-01", status: TaskStatus.ENDED, ageMs: 8 * DAY },
  { type: 102, authType: 5, product: "CDH", alias: "cdh-batch", status: TaskStatus.WAITING, ageMs: 2 * DAY },
];

export function demoRepairTasks(scope: Scope, now: number): RepairTaskRecord[] {
  const zones = (getRegion(scope.region)?.zones ?? []).filter((z) => z.state === "AVAILABLE");
  if (zones.length === 0) return [];
  return DEMO.map((d, i) => {
    const key = `${scope.account}|${scope.region}|repair|${i}`;
    const zone = zones[i % zones.length].zone;
    const subnet = defaultSubnet(scope, zone);
    const instanceId = stableId(d.product === "CDH" ? "host" : "ins", `${key}|instance`);
    const raised = d.ageMs === 0 ? Math.max(startOfBeijingDay(now), now - 2 * HOUR) : now - d.ageMs;
    const created = Math.floor(raised / 1000) * 1000;
    const ended = d.status === TaskStatus.ENDED;
    const rec: RepairTaskRecord = {
      TaskId: stableId("rep", key),
      InstanceId: instanceId,
      Alias: d.alias,
      TaskTypeId: d.type,
      TaskStatus: 0,
      DeviceStatus: 0,
      OperateStatus: 0,
      TaskDetail: DETAILS[d.type],
      Zone: zone,
      Region: scope.region,
      VpcId: subnet.vpcId,
      VpcName: "Default-VPC",
      SubnetId: subnet.subnetId,
      SubnetName: "Default-Subnet",
      WanIp: allocatePublicIp(scope.region, instanceId, new Set()),
      LanIp: numberToIp(subnet.base + 100 + i),
      Product: d.product,
      TaskSubType: null,
      AuthType: d.authType,
      AuthSource: ended ? "Customer_auth" : "Waiting_auth",
      createdAtMs: created,
      authAtMs: ended ? created + HOUR : null,
      endAtMs: ended ? created + 2 * HOUR : null,
      internal: {},
    };
    setTaskStatus(rec, d.status);
    return rec;
  });
}
