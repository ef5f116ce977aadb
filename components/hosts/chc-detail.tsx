"use client";

import { useT } from "@/lib/i18n/provider";
import { CHC_ACTIONS } from "@/lib/hosts/chc";
import type { ChcNetworkView, ChcView } from "@/lib/hosts/types";
import { formatDateTime } from "@/lib/format";

function Item({ label, value, mono }: { label: string; value: string | number; mono?: boolean }) {
  return (
    <div className="min-w-0">
      <dt className="text-[11px] text-muted">{label}</dt>
      <dd className={mono ? "truncate font-mono text-xs" : "truncate text-[13px]"}>{value === "" ? "—" : value}</dd>
    </div>
  );
}

function Network({ title, n }: { title: string; n: ChcNetworkView | null }) {
  const t = useT();
  return (
    <div>
      <p className="mb-0.5 text-[11px] font-medium text-muted">{title}</p>
      {n ? (
        <dl className="grid grid-cols-2 gap-x-3 gap-y-1">
          <Item label="VPC" value={n.VpcId} mono />
          <Item label={t("hosts.chc.subnet")} value={n.SubnetId} mono />
          <Item label="IP" value={n.Ip} mono />
          <Item label="MAC" value={n.Mac} mono />
          <Item label={t("hosts.chc.securityGroups")} value={n.SecurityGroupIds.join(", ")} mono />
        </dl>
      ) : (
        <p className="text-[13px] text-muted">{t("hosts.chc.notConfigured")}</p>
      )}
    </div>
  );
}

/** Every attribute DescribeChcHosts gives, both networks, and what DescribeChcDeniedActions says the state forbids. */
export function ChcDetail({ server: s }: { server: ChcView }) {
  const t = useT();
  return (
    <div className="grid gap-4 px-3 py-3 lg:grid-cols-3" data-testid="chc-detail">
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1.5">
        <Item label={t("hosts.chc.serial")} value={s.SerialNumber} mono />
        <Item label={t("hosts.chc.device")} value={s.DeviceType} mono />
        <Item label="CPU" value={s.CPU} />
        <Item label={t("hosts.capacity.memory")} value={`${s.Memory} GB`} />
        <Item label={t("hosts.capacity.disk")} value={s.Disk} />
        <Item label="GPU" value={s.Gpu} />
        <Item label={t("hosts.chc.nic")} value={s.NetworkCard} />
        <Item label={t("hosts.chc.tenant")} value={s.TenantType} />
        <Item label={t("hosts.col.created")} value={formatDateTime(s.CreatedTime)} />
        <Item label={t("hosts.chc.latest")} value={s.LatestOperationName ? `${s.LatestOperationName} · ${s.LatestOperationState}` : ""} />
        {s.LatestOperationErrorMsg && <Item label={t("hosts.chc.latestError")} value={`${s.LatestOperationErrorCode}: ${s.LatestOperationErrorMsg}`} />}
      </dl>
      <div className="space-y-3">
        <Network title={t("hosts.chc.bmc")} n={s.Bmc} />
        <Network title={t("hosts.chc.deploy")} n={s.Deploy} />
        {s.DeployExtraConfig && (
          <p className="text-xs text-muted">
            {t("hosts.chc.deployExtra")}: <span className="font-mono">{`${s.DeployExtraConfig.MiniOsType} · ${s.DeployExtraConfig.BootType} · ${s.DeployExtraConfig.BootFile}${s.DeployExtraConfig.NextServerAddress ? ` · ${s.DeployExtraConfig.NextServerAddress}` : ""}`}</span>
          </p>
        )}
      </div>
      <div>
        <p className="mb-0.5 text-[11px] font-medium text-muted">{t("hosts.chc.allowedTitle")}</p>
        <ul className="space-y-0.5 text-[13px]" data-testid="chc-denied">
          {CHC_ACTIONS.map((a) => {
            const denied = s.DenyActions.includes(a);
            return (
              <li key={a} className="flex items-center gap-1.5" data-action={a} data-denied={denied}>
                <span aria-hidden className={denied ? "text-red-600 dark:text-red-400" : "text-emerald-600 dark:text-emerald-400"}>
                  {denied ? "✕" : "✓"}
                </span>
                <span className={denied ? "text-muted" : undefined}>{t(`hosts.chc.action.${a}`)}</span>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
