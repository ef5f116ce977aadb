"use client";

import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import { fetchJson } from "@/lib/queries/fetch-json";
import { detailExtraKeys, windowInForce, type BandwidthHistoryAnswer } from "@/lib/instances/detail-extras";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { queryError } from "@/lib/queries/query-error";

/**
 * The public bandwidth windows of a BANDWIDTH_PREPAID instance (DescribeInstanceInternetBandwidthConfigs), newest
 * first, the one in force marked. The page renders it only for such instances.
 */
export function BandwidthHistoryCard({ accountId, region, instanceId }: { accountId: string; region: string; instanceId: string }) {
  const t = useT();
  const [now] = useState(() => Date.now());
  const query = useQuery({
    queryKey: detailExtraKeys.bandwidth(accountId, region, instanceId),
    queryFn: ({ signal }) => fetchJson<BandwidthHistoryAnswer>(`/api/instances/${encodeURIComponent(instanceId)}/bandwidth-configs?region=${encodeURIComponent(region)}`, signal),
    staleTime: 60_000,
  });
  const data = query.data;
  const inForce = data?.supported ? windowInForce(data.windows, now) : undefined;
  return (
    <Card data-testid="detail-bandwidth-history">
      <CardHeader title={t("instances.bandwidthHistory.title")} description={t("instances.bandwidthHistory.description")} />
      {query.isPending && <p className="px-4 py-3 text-[13px] text-muted">{t("instances.userData.loading")}</p>}
      {query.error && (
        <div className="px-4 py-3">
          <CloudErrorPanel
            t={t}
            error={queryError(query.error, t)}
            title={t("instances.bandwidthHistory.error")}
          />
        </div>
      )}
      {data && !data.supported && (
        <p className="px-4 py-3 text-[13px] text-muted" data-testid="bandwidth-history-unsupported">
          {data.message} <span className="font-mono text-xs">({data.code})</span>
        </p>
      )}
      {data?.supported && data.windows.length === 0 && <p className="px-4 py-3 text-[13px] text-muted">{t("instances.bandwidthHistory.empty")}</p>}
      {data?.supported && data.windows.length > 0 && (
        <table className="w-full text-left text-[13px]">
          <thead className="bg-subtle text-xs text-muted">
            <tr>
              {[t("instances.bandwidthHistory.from"), t("instances.bandwidthHistory.to"), t("instances.bandwidthHistory.mbps"), ""].map((h, index) => (
                <th key={index} className="h-8 px-3 font-medium whitespace-nowrap">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {data.windows.map((w) => {
              const current = w === inForce;
              return (
                <tr key={`${w.StartTime}|${w.EndTime}`} data-testid="bandwidth-window" data-current={current ? "true" : "false"}>
                  <td className="h-8 px-3 font-mono text-xs whitespace-nowrap">{formatDateTime(w.StartTime)}</td>
                  <td className="px-3 font-mono text-xs whitespace-nowrap">{formatDateTime(w.EndTime)}</td>
                  <td className="px-3 whitespace-nowrap tabular-nums">{w.Mbps} Mbps</td>
                  <td className="px-3">{current && <Badge tone="success">{t("instances.bandwidthHistory.current")}</Badge>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}
