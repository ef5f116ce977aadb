"use client";

import { useT } from "@/lib/i18n/provider";
import { hostUsage } from "@/lib/hosts/capacity";
import type { HostResourceView } from "@/lib/hosts/types";
import { UsageBar } from "./usage-bar";

/** CPU, memory and local disk of one host as three bars (a host with cloud disks only says so instead of a bar). */
export function CapacityBars({ resource, hostId }: { resource: HostResourceView; hostId: string }) {
  const t = useT();
  const u = hostUsage(resource);
  return (
    <div className="grid w-64 grid-cols-3 gap-2" data-testid="host-capacity" data-host={hostId}>
      {u.cpu ? <UsageBar label={t("hosts.capacity.cpu")} used={u.cpu.used} total={u.cpu.total} percent={u.cpu.percent} tone={u.cpu.tone} testId="host-capacity-cpu" /> : <span />}
      {u.memory ? <UsageBar label={t("hosts.capacity.memShort")} used={u.memory.used} total={u.memory.total} percent={u.memory.percent} tone={u.memory.tone} testId="host-capacity-memory" /> : <span />}
      {u.disk ? (
        <UsageBar label={t("hosts.capacity.diskShort")} used={u.disk.used} total={u.disk.total} percent={u.disk.percent} tone={u.disk.tone} testId="host-capacity-disk" />
      ) : (
        <div className="text-[11px] leading-4" data-testid="host-capacity-disk-none">
          <span className="text-muted">{t("hosts.capacity.diskShort")}</span>
          <span className="block text-muted">{t("hosts.capacity.cloudOnly")}</span>
        </div>
      )}
    </div>
  );
}
