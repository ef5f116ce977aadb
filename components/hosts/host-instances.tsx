"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import type { HostView } from "@/lib/hosts/types";
import type { MessageKey } from "@/lib/i18n/translate";

const INSTANCE_STATES = ["PENDING", "LAUNCH_FAILED", "RUNNING", "STOPPED", "STARTING", "STOPPING", "REBOOTING", "SHUTDOWN", "TERMINATING"];

/** Under a host's row: the instances on it (DescribeHosts InstanceIds, named by DescribeInstances) and the host's details. */
export function HostInstances({ host }: { host: HostView }) {
  const t = useT();
  const missing = host.InstanceIds.filter((id) => !host.Instances.some((i) => i.InstanceId === id));
  return (
    <div className="grid gap-4 px-3 py-3 lg:grid-cols-[2fr_1fr]" data-testid="host-detail">
      <div>
        <p className="mb-1 text-[11px] text-muted">{t("hosts.instances.title", { count: host.InstanceIds.length })}</p>
        {host.InstanceIds.length === 0 ? (
          <p className="text-[13px] text-muted">{t("hosts.instances.none")}</p>
        ) : (
          <table className="w-full text-left text-[13px]">
            <thead className="text-[11px] text-muted">
              <tr>
                <th className="py-0.5 pr-3 font-medium">{t("hosts.instances.instance")}</th>
                <th className="py-0.5 pr-3 font-medium">{t("hosts.instances.type")}</th>
                <th className="py-0.5 pr-3 text-right font-medium">vCPU</th>
                <th className="py-0.5 pr-3 text-right font-medium">{t("hosts.capacity.memory")}</th>
                <th className="py-0.5 font-medium">{t("hosts.instances.state")}</th>
              </tr>
            </thead>
            <tbody>
              {host.Instances.map((i) => (
                <tr key={i.InstanceId} data-testid="host-instance" data-id={i.InstanceId}>
                  <td className="py-0.5 pr-3">
                    <Link href={`/instances/${i.InstanceId}`} className="text-accent hover:underline">
                      {i.InstanceName || i.InstanceId}
                    </Link>{" "}
                    <span className="font-mono text-[11px] text-muted">{i.InstanceId}</span>
                  </td>
                  <td className="py-0.5 pr-3 font-mono text-xs">{i.InstanceType}</td>
                  <td className="py-0.5 pr-3 text-right tabular-nums">{i.CPU}</td>
                  <td className="py-0.5 pr-3 text-right tabular-nums">{i.Memory} GiB</td>
                  <td className="py-0.5">{INSTANCE_STATES.includes(i.InstanceState) ? t(`instances.state.${i.InstanceState}` as MessageKey) : i.InstanceState}</td>
                </tr>
              ))}
              {missing.map((id) => (
                <tr key={id} data-testid="host-instance" data-id={id}>
                  <td className="py-0.5 pr-3 font-mono text-xs" colSpan={5}>
                    {id}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-[13px]">
        <dt className="text-[11px] text-muted">{t("hosts.col.ip")}</dt>
        <dd className="font-mono text-xs">{host.HostIp || "—"}</dd>
        <dt className="text-[11px] text-muted">{t("hosts.col.created")}</dt>
        <dd className="tabular-nums">{formatDateTime(host.CreatedTime) || "—"}</dd>
        <dt className="text-[11px] text-muted">{t("hosts.col.charge")}</dt>
        <dd>{host.HostChargeType === "PREPAID" ? t("hosts.charge.PREPAID") : host.HostChargeType || "—"}</dd>
        <dt className="text-[11px] text-muted">{t("hosts.col.diskType")}</dt>
        <dd>{host.HostResource.DiskType || t("hosts.capacity.cloudOnly")}</dd>
        {host.HostResource.GpuTotal > 0 && (
          <>
            <dt className="text-[11px] text-muted">GPU</dt>
            <dd className="tabular-nums">
              {host.HostResource.GpuTotal - host.HostResource.GpuAvailable}/{host.HostResource.GpuTotal}
            </dd>
          </>
        )}
        {host.Tags.length > 0 && (
          <>
            <dt className="text-[11px] text-muted">{t("hosts.col.tags")}</dt>
            <dd className="font-mono text-[11px]">{host.Tags.map((tag) => `${tag.Key}=${tag.Value}`).join(", ")}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
