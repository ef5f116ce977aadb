import type { MessageKey } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/format";
import type { InstanceRow } from "./instance-view";

// The instance table's columns, as data: the table, the column chooser and sorting read this; the CSV export
// (csv-columns.ts, server side) uses the same ids. `text` is what a plain cell shows, `sort` what sorting compares.

export const COLUMN_IDS = [
  "instance",
  "state",
  "region",
  "zone",
  "type",
  "os",
  "image",
  "privateIp",
  "publicIp",
  "ipv6",
  "charge",
  "bandwidth",
  "vpc",
  "securityGroups",
  "keyPairs",
  "project",
  "tags",
  "disks",
  "created",
  "expires",
  "renew",
  "latestOperation",
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export function isColumnId(value: unknown): value is ColumnId {
  return typeof value === "string" && (COLUMN_IDS as readonly string[]).includes(value);
}

/** Always shown: the name links to the detail page and the ID is what every other tool asks for. */
export const REQUIRED_COLUMN: ColumnId = "instance";
export const DEFAULT_COLUMNS: ColumnId[] = ["instance", "state", "zone", "type", "privateIp", "publicIp", "charge", "created"];

type ColumnDef = { label: MessageKey; text: (row: InstanceRow) => string; sort?: (row: InstanceRow) => string | number };

const list = (values: string[] | undefined | null) => (values ?? []).join(", ");
const num = (value: number | undefined | null) => (value === undefined || value === null ? "" : String(value));
const tags = (row: InstanceRow) => (row.Tags ?? []).map((t) => `${t.Key}=${t.Value}`).join(", ");
const disks = (row: InstanceRow) => {
  const data = row.DataDisks ?? [];
  const sys = row.SystemDisk?.DiskSize ? `${row.SystemDisk.DiskSize} GB` : "";
  return data.length ? `${sys} + ${data.length}×(${data.reduce((s, d) => s + d.DiskSize, 0)} GB)` : sys;
};
const time = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : 0);

export const COLUMNS: Record<ColumnId, ColumnDef> = {
  instance: {
    label: "instances.col.instance",
    text: (r) => r.InstanceName ?? "",
    sort: (r) => (r.InstanceName ?? "").toLowerCase(),
  },
  state: {
    label: "instances.col.state",
    text: (r) => r.InstanceState ?? "",
    sort: (r) => r.InstanceState ?? "",
  },
  region: { label: "instances.col.region", text: (r) => r.Region, sort: (r) => r.Region },
  zone: {
    label: "instances.col.zone",
    text: (r) => r.Placement?.Zone ?? "",
    sort: (r) => r.Placement?.Zone ?? "",
  },
  type: {
    label: "instances.col.type",
    text: (r) => `${r.InstanceType ?? ""}\n${num(r.CPU)}C ${num(r.Memory)}G`,
    sort: (r) => (r.CPU ?? 0) * 10_000 + (r.Memory ?? 0),
  },
  os: { label: "instances.col.os", text: (r) => r.OsName ?? "", sort: (r) => r.OsName ?? "" },
  image: { label: "instances.col.image", text: (r) => r.ImageId ?? "" },
  privateIp: {
    label: "instances.col.privateIp",
    text: (r) => (r.PrivateIpAddresses ?? []).join("\n"),
    sort: (r) => ipSortKey(r.PrivateIpAddresses?.[0]),
  },
  publicIp: {
    label: "instances.col.publicIp",
    text: (r) => (r.PublicIpAddresses ?? []).join("\n"),
    sort: (r) => ipSortKey(r.PublicIpAddresses?.[0]),
  },
  ipv6: { label: "instances.col.ipv6", text: (r) => (r.IPv6Addresses ?? []).join("\n") },
  charge: {
    label: "instances.col.charge",
    text: (r) => r.InstanceChargeType ?? "",
    sort: (r) => r.InstanceChargeType ?? "",
  },
  bandwidth: {
    label: "instances.col.bandwidth",
    text: (r) => (r.InternetAccessible?.InternetMaxBandwidthOut ? `${r.InternetAccessible.InternetMaxBandwidthOut} Mbps` : ""),
    sort: (r) => r.InternetAccessible?.InternetMaxBandwidthOut ?? 0,
  },
  vpc: {
    label: "instances.col.vpc",
    text: (r) => (r.VirtualPrivateCloud ? `${r.VirtualPrivateCloud.VpcId}\n${r.VirtualPrivateCloud.SubnetId}` : ""),
    sort: (r) => r.VirtualPrivateCloud?.VpcId ?? "",
  },
  securityGroups: {
    label: "instances.col.securityGroups",
    text: (r) => list(r.SecurityGroupIds),
  },
  keyPairs: {
    label: "instances.col.keyPairs",
    text: (r) => list(r.LoginSettings?.KeyIds),
  },
  project: {
    label: "instances.col.project",
    text: (r) => num(r.Placement?.ProjectId),
    sort: (r) => r.Placement?.ProjectId ?? 0,
  },
  tags: { label: "instances.col.tags", text: tags },
  disks: {
    label: "instances.col.disks",
    text: disks,
    sort: (r) => (r.SystemDisk?.DiskSize ?? 0) + (r.DataDisks ?? []).reduce((s, d) => s + d.DiskSize, 0),
  },
  created: {
    label: "instances.col.created",
    text: (r) => formatDateTime(r.CreatedTime),
    sort: (r) => time(r.CreatedTime),
  },
  expires: {
    label: "instances.col.expires",
    text: (r) => formatDateTime(r.ExpiredTime),
    sort: (r) => time(r.ExpiredTime),
  },
  renew: { label: "instances.col.renew", text: (r) => r.RenewFlag ?? "" },
  latestOperation: {
    label: "instances.col.latestOperation",
    text: (r) => [r.LatestOperation, r.LatestOperationState].filter(Boolean).join(" · "),
    sort: (r) => r.LatestOperation ?? "",
  },
};

/** IPv4 as a zero-padded string so 10.0.0.9 sorts before 10.0.0.10. */
function ipSortKey(ip: string | undefined): string {
  if (!ip) return "";
  return /^\d+(\.\d+){3}$/.test(ip) ? ip.split(".").map((o) => o.padStart(3, "0")).join(".") : ip;
}

/** Known, de-duplicated, in the table's canonical order, with the required column always first. */
export function normaliseColumns(ids: readonly unknown[]): ColumnId[] {
  const wanted = new Set(ids.filter(isColumnId));
  wanted.add(REQUIRED_COLUMN);
  return COLUMN_IDS.filter((id) => wanted.has(id));
}

/**
 * Columns as the table shows them. In All regions mode the region must be visible: the zone column already
 * names it (ap-guangzhou-3), so the region column is added only when the zone column is hidden.
 */
export function visibleColumns(chosen: readonly ColumnId[], allRegions: boolean): ColumnId[] {
  const ids = normaliseColumns(chosen);
  return allRegions && !ids.includes("zone") ? normaliseColumns([...ids, "region"]) : ids;
}
