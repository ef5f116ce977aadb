"use client";

import Link from "next/link";
import { useT, useLocale } from "@/lib/i18n/provider";
import type { Translate } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/format";
import type { InstanceView } from "@/lib/instances/instance-view";
import { addTerm } from "@/lib/instances/search-syntax";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { chargeLabel } from "../charge-label";
import { FieldsCard, lines } from "./fields";

const yesNo = (t: Translate, v: boolean | undefined) => (v === undefined ? "" : v ? t("instances.detail.yes") : t("instances.detail.no"));

/** Whole days from now until `iso` (negative once past); null without a date. */
export function daysUntil(iso: string | undefined, now = Date.now()): number | null {
  const at = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(at) ? null : Math.floor((at - now) / 86_400_000);
}

export function ConfigurationCard({ i }: { i: InstanceView }) {
  const t = useT();
  return (
    <FieldsCard
      title={t("instances.detail.configuration")}
      testId="detail-configuration"
      items={[
        { label: t("instances.col.type"), value: i.InstanceType, mono: true },
        { label: t("instances.detail.cpuMemory"), value: i.CPU !== undefined ? t("instances.detail.cpuMemoryValue", { cpu: i.CPU, memory: i.Memory ?? 0 }) : "" },
        { label: t("instances.col.os"), value: i.OsName },
        { label: t("instances.col.image"), value: i.ImageId, mono: true },
        { label: t("instances.col.zone"), value: i.Placement?.Zone, mono: true },
        { label: t("instances.col.project"), value: i.Placement?.ProjectId !== undefined ? String(i.Placement.ProjectId) : "" },
        { label: t("instances.detail.hostName"), value: i.HostName, mono: true },
        { label: t("instances.detail.login"), value: i.DefaultLoginUser ? `${i.DefaultLoginUser} : ${i.DefaultLoginPort ?? ""}` : "", mono: true },
        { label: t("instances.detail.camRole"), value: i.CamRoleName },
        { label: t("instances.detail.host"), value: i.Placement?.HostId, mono: true },
        { label: t("instances.detail.placementGroup"), value: i.DisasterRecoverGroupId, mono: true },
        { label: t("instances.detail.protection"), value: yesNo(t, i.DisableApiTermination) },
        { label: "UUID", value: i.Uuid, mono: true },
      ]}
    />
  );
}

export function NetworkCard({ i }: { i: InstanceView }) {
  const t = useT();
  const net = i.InternetAccessible;
  return (
    <FieldsCard
      title={t("instances.detail.network")}
      testId="detail-network"
      items={[
        { label: t("instances.csv.vpc"), value: i.VirtualPrivateCloud?.VpcId, mono: true },
        { label: t("instances.csv.subnet"), value: i.VirtualPrivateCloud?.SubnetId, mono: true },
        { label: t("instances.col.privateIp"), value: lines(i.PrivateIpAddresses), mono: true, testId: "detail-private-ip" },
        { label: t("instances.col.publicIp"), value: lines(i.PublicIpAddresses), mono: true },
        { label: t("instances.col.ipv6"), value: lines(i.IPv6Addresses), mono: true },
        { label: t("instances.csv.bandwidth"), value: net?.InternetMaxBandwidthOut !== undefined ? `${net.InternetMaxBandwidthOut} Mbps` : "" },
        { label: t("instances.csv.internetCharge"), value: net?.InternetChargeType, mono: true },
      ]}
    />
  );
}

export function AccessCard({ i }: { i: InstanceView }) {
  const t = useT();
  return (
    <FieldsCard
      title={t("instances.detail.access")}
      testId="detail-access"
      items={[
        { label: t("instances.col.securityGroups"), value: lines(i.SecurityGroupIds), mono: true, testId: "detail-security-groups" },
        { label: t("instances.col.keyPairs"), value: lines(i.LoginSettings?.KeyIds), mono: true },
      ]}
    />
  );
}

export function BillingCard({ i }: { i: InstanceView }) {
  const t = useT();
  const locale = useLocale();
  const days = i.InstanceChargeType === "PREPAID" ? daysUntil(i.ExpiredTime) : null;
  return (
    <FieldsCard
      title={t("instances.detail.billing")}
      testId="detail-billing"
      items={[
        { label: t("instances.col.charge"), value: chargeLabel(t, i.InstanceChargeType) },
        { label: t("instances.col.created"), value: formatDateTime(i.CreatedTime) },
        {
          label: t("instances.col.expires"),
          value: i.ExpiredTime ? (
            <>
              {formatDateTime(i.ExpiredTime)}
              {days !== null && (
                <Badge tone={days < 0 ? "danger" : days <= 7 ? "warning" : "neutral"} className="ml-2">
                  {days < 0 ? t("instances.detail.expired") : days === 1 ? t("instances.detail.dayLeft") : t("instances.detail.daysLeft", { days: days.toLocaleString(locale) })}
                </Badge>
              )}
            </>
          ) : (
            ""
          ),
        },
        { label: t("instances.col.renew"), value: i.RenewFlag, mono: true },
        { label: t("instances.detail.stopCharging"), value: i.StopChargingMode, mono: true },
        { label: t("instances.detail.restrictState"), value: i.RestrictState, mono: true },
        { label: t("instances.detail.isolatedSource"), value: i.IsolatedSource, mono: true },
      ]}
    />
  );
}

export function DisksCard({ i }: { i: InstanceView }) {
  const t = useT();
  const disks = [
    ...(i.SystemDisk ? [{ kind: t("instances.detail.systemDisk"), ...i.SystemDisk, DeleteWithInstance: true as boolean | undefined }] : []),
    ...(i.DataDisks ?? []).map((d) => ({ kind: t("instances.detail.dataDisk"), ...d })),
  ];
  return (
    <Card data-testid="detail-disks">
      <CardHeader title={t("instances.detail.disks")} />
      {/* Kind under the id, headers that wrap, ids that do not: in half a 1280 or 1440 px page six columns pushed the
          last one out of the card and split "disk-xxxxxxxx" in two. */}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-[13px]">
          <thead className="bg-subtle text-xs text-muted">
            <tr>
              {[`${t("instances.detail.diskId")} / ${t("instances.detail.diskKind")}`, t("instances.detail.diskType"), t("instances.detail.diskSize"), t("instances.detail.diskDelete"), t("instances.detail.diskEncrypt")].map((h) => (
                <th key={h} className="px-2.5 py-1.5 align-bottom leading-tight font-medium first:pl-3">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {disks.map((d, index) => (
              <tr key={d.DiskId ?? index} data-testid="disk-row">
                <td className="py-1 pr-2.5 pl-3 leading-tight">
                  <span className="block font-mono text-xs whitespace-nowrap select-all">{d.DiskId}</span>
                  <span className="text-xs text-muted">{d.kind}</span>
                </td>
                <td className="px-2.5 font-mono text-xs">{d.DiskType}</td>
                <td className="px-2.5 whitespace-nowrap tabular-nums">{d.DiskSize !== undefined ? `${d.DiskSize} GB` : ""}</td>
                <td className="px-2.5">{yesNo(t, d.DeleteWithInstance) || "—"}</td>
                <td className="px-2.5">{yesNo(t, d.Encrypt) || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

export function TagsCard({ i }: { i: InstanceView }) {
  const t = useT();
  const tags = i.Tags ?? [];
  return (
    <Card data-testid="detail-tags">
      <CardHeader title={t("instances.col.tags")} />
      <div className="flex flex-wrap gap-1.5 px-4 py-3">
        {tags.length === 0 && <span className="text-[13px] text-muted">{t("instances.detail.noTags")}</span>}
        {tags.map((tag) => (
          <Link
            key={`${tag.Key}=${tag.Value}`}
            href={`/instances?q=${encodeURIComponent(addTerm("", "tag", `${tag.Key}=${tag.Value}`))}&scope=all`}
            title={t("instances.detail.tagSearch")}
            data-testid="detail-tag"
            className="rounded border border-line bg-subtle px-1.5 py-0.5 font-mono text-xs hover:border-accent hover:text-accent"
          >
            {tag.Key}
            <span className="text-muted">=</span>
            {tag.Value}
          </Link>
        ))}
      </div>
    </Card>
  );
}
