"use client";

import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import type { InstanceHistoryEntry } from "@/lib/instances/list-result";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";

const RESULT_TONE = { ok: "success", error: "danger", denied: "warning" } as const;

/** What this console did to the instance (from the audit log), newest first. */
export function HistoryTable({ entries }: { entries: InstanceHistoryEntry[] }) {
  const t = useT();
  return (
    <Card data-testid="detail-history">
      <CardHeader title={t("instances.history.title")} description={t("instances.history.description")} />
      {entries.length === 0 ? (
        <EmptyState icon={<Icon name="overview" className="size-5" />} title={t("instances.history.empty")} className="py-8" />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-[13px]">
            <thead className="bg-subtle text-xs text-muted">
              <tr>
                {[t("audit.col.time"), t("audit.col.user"), t("audit.col.action"), t("audit.col.result"), t("instances.history.errorCode"), "RequestId"].map((h) => (
                  <th key={h} className="h-8 px-3 font-medium whitespace-nowrap">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {entries.map((e) => (
                <tr key={e.id} data-testid="history-row" data-action={e.action}>
                  <td className="h-8 px-3 text-xs whitespace-nowrap text-muted">{formatDateTime(e.at)}</td>
                  <td className="px-3 text-xs">{e.userEmail ?? t("audit.system")}</td>
                  <td className="px-3 font-mono text-xs">{e.action}</td>
                  <td className="px-3">
                    <Badge tone={RESULT_TONE[e.result as keyof typeof RESULT_TONE] ?? "neutral"}>
                      {e.result in RESULT_TONE ? t(`audit.result.${e.result as keyof typeof RESULT_TONE}`) : e.result}
                    </Badge>
                  </td>
                  <td className="px-3 font-mono text-xs text-red-700 dark:text-red-300">{e.errorCode}</td>
                  <td className="px-3 font-mono text-[11px] text-muted select-all">{e.requestId}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
