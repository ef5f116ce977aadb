import type { MessageKey } from "@/lib/i18n/translate";
import { normaliseColumns, type ColumnId } from "./columns";
import type { InstanceRow } from "./instance-view";

// What each table column becomes in a CSV export: one or more fields, raw values (ids, ISO times, numbers) rather
// than the table's display text, so the file sorts and filters in a spreadsheet. Used by the export route only,
// which keeps it out of the list page's JS.

export type CsvField = { header: MessageKey; value: (row: InstanceRow) => string };

const list = (values: string[] | undefined | null) => (values ?? []).join(", ");
const num = (value: number | undefined | null) => (value === undefined || value === null ? "" : String(value));
const one = (column: ColumnId, value: (row: InstanceRow) => string): CsvField[] => [{ header: `instances.col.${column}`, value }];

export const CSV_FIELDS: Record<ColumnId, CsvField[]> = {
  instance: [
    { header: "instances.csv.id", value: (r) => r.InstanceId },
    { header: "instances.csv.name", value: (r) => r.InstanceName ?? "" },
  ],
  state: one("state", (r) => r.InstanceState ?? ""),
  region: one("region", (r) => r.Region),
  zone: one("zone", (r) => r.Placement?.Zone ?? ""),
  type: [
    { header: "instances.col.type", value: (r) => r.InstanceType ?? "" },
    { header: "instances.csv.cpu", value: (r) => num(r.CPU) },
    { header: "instances.csv.memory", value: (r) => num(r.Memory) },
  ],
  os: one("os", (r) => r.OsName ?? ""),
  image: one("image", (r) => r.ImageId ?? ""),
  privateIp: one("privateIp", (r) => list(r.PrivateIpAddresses)),
  publicIp: one("publicIp", (r) => list(r.PublicIpAddresses)),
  ipv6: one("ipv6", (r) => list(r.IPv6Addresses)),
  charge: one("charge", (r) => r.InstanceChargeType ?? ""),
  bandwidth: [
    { header: "instances.csv.bandwidth", value: (r) => num(r.InternetAccessible?.InternetMaxBandwidthOut) },
    { header: "instances.csv.internetCharge", value: (r) => r.InternetAccessible?.InternetChargeType ?? "" },
  ],
  vpc: [
    { header: "instances.csv.vpc", value: (r) => r.VirtualPrivateCloud?.VpcId ?? "" },
    { header: "instances.csv.subnet", value: (r) => r.VirtualPrivateCloud?.SubnetId ?? "" },
  ],
  securityGroups: one("securityGroups", (r) => list(r.SecurityGroupIds)),
  keyPairs: one("keyPairs", (r) => list(r.LoginSettings?.KeyIds)),
  project: one("project", (r) => num(r.Placement?.ProjectId)),
  tags: one("tags", (r) => (r.Tags ?? []).map((t) => `${t.Key}=${t.Value}`).join(", ")),
  disks: [
    { header: "instances.csv.systemDisk", value: (r) => num(r.SystemDisk?.DiskSize) },
    { header: "instances.csv.systemDiskType", value: (r) => r.SystemDisk?.DiskType ?? "" },
    { header: "instances.csv.dataDisks", value: (r) => (r.DataDisks ?? []).map((d) => `${d.DiskSize}GB ${d.DiskType ?? ""}`.trim()).join(", ") },
  ],
  created: one("created", (r) => r.CreatedTime ?? ""),
  expires: one("expires", (r) => r.ExpiredTime ?? ""),
  renew: one("renew", (r) => r.RenewFlag ?? ""),
  latestOperation: [
    { header: "instances.col.latestOperation", value: (r) => r.LatestOperation ?? "" },
    { header: "instances.csv.latestOperationState", value: (r) => r.LatestOperationState ?? "" },
    { header: "instances.csv.latestOperationError", value: (r) => r.LatestOperationErrorMsg ?? "" },
  ],
};

/** Columns of a CSV export: the table's, plus the region in All regions mode (one field, for filtering). */
export function exportColumns(chosen: readonly ColumnId[], allRegions: boolean): ColumnId[] {
  return normaliseColumns(allRegions ? [...chosen, "region"] : chosen);
}

/** The CSV fields of the chosen columns, in order. */
export function exportFields(chosen: readonly ColumnId[], allRegions: boolean): CsvField[] {
  return exportColumns(chosen, allRegions).flatMap((id) => CSV_FIELDS[id]);
}
