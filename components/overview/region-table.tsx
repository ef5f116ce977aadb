"use client";

import { useT } from "@/lib/i18n/provider";
import { INSTANCE_STATES, stateTone, type StateTone } from "@/lib/instances/states";
import type { RegionSummary } from "@/lib/overview/types";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { stateLabel } from "@/components/instances/state-badge";

const FILL: Record<StateTone, string> = {
  success: "bg-emerald-500",
  neutral: "bg-slate-400 dark:bg-slate-500",
  warning: "bg-amber-500",
  danger: "bg-red-500",
  accent: "bg-accent",
};

/** A region's instances as one stacked bar by state (hover for the count of each). */
function StateBar({ byState, total }: { byState: Record<string, number>; total: number }) {
  const t = useT();
  const parts = INSTANCE_STATES.filter((s) => byState[s]).map((s) => ({ s, n: byState[s] }));
  // min-w-20, not 32: at 1280 px the table (in three fifths of the page) otherwise hides its last column.
  return (
    <div className="flex h-2 w-full min-w-20 overflow-hidden rounded-full bg-subtle">
      {parts.map(({ s, n }) => (
        <div key={s} className={FILL[stateTone(s)]} style={{ width: `${(n / Math.max(1, total)) * 100}%` }} title={`${stateLabel(t, s)}: ${n}`} />
      ))}
    </div>
  );
}

/** Instances per region: the regions that have some, and any region that could not be read (with why). */
export function RegionTable({ regions }: { regions: RegionSummary[] }) {
  const t = useT();
  const shown = regions.filter((r) => (r.total ?? 0) > 0 || r.errors.length > 0).sort((a, b) => (b.total ?? -1) - (a.total ?? -1));
  const quiet = regions.length - shown.length;
  const count = (r: RegionSummary, s: string) => r.byState[s] ?? 0;
  return (
    <>
      <Table data-testid="overview-regions">
        <THead>
          <tr>
            <Th>{t("overview.regions.region")}</Th>
            <Th className="text-right">{t("overview.kpi.total")}</Th>
            <Th className="w-2/5">{t("overview.regions.byState")}</Th>
            <Th className="text-right">{t("instances.state.RUNNING")}</Th>
            <Th className="text-right">{t("instances.state.STOPPED")}</Th>
            <Th className="text-right">{t("overview.kpi.other")}</Th>
          </tr>
        </THead>
        <TBody>
          {shown.map((r) => (
            <Tr key={r.Region} data-testid="overview-region-row" data-region={r.Region} data-total={r.total ?? ""}>
              <Td>
                <div className="font-medium whitespace-nowrap">{r.RegionName}</div>
                <div className="font-mono text-xs text-muted">{r.Region}</div>
                {r.errors.map((e) => (
                  <div key={e.part} className="mt-0.5 text-xs text-red-700 dark:text-red-300" data-testid="overview-region-error" title={e.error.requestId ? `RequestId ${e.error.requestId}` : undefined}>
                    {t(`overview.part.${e.part}`)}: <span className="font-mono">{e.error.code}</span> {e.error.message}
                  </div>
                ))}
              </Td>
              <Td className="text-right font-medium tabular-nums">{r.total ?? "—"}</Td>
              <Td>{r.total ? <StateBar byState={r.byState} total={r.total} /> : null}</Td>
              <Td className="text-right tabular-nums">{count(r, "RUNNING") || "—"}</Td>
              <Td className="text-right tabular-nums">{count(r, "STOPPED") || "—"}</Td>
              <Td className="text-right tabular-nums">{(r.total ?? 0) - count(r, "RUNNING") - count(r, "STOPPED") || "—"}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {quiet > 0 && <p className="px-4 py-2 text-xs text-muted">{t("overview.regions.quiet", { count: quiet })}</p>}
    </>
  );
}
