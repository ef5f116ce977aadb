"use client";

import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useT } from "@/lib/i18n/provider";
import { fetchJson } from "@/lib/queries/fetch-json";
import { detailExtraKeys, type UserDataAnswer } from "@/lib/instances/detail-extras";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { queryError } from "@/lib/queries/query-error";

const url = (id: string, region: string, reveal: boolean) =>
  `/api/instances/${encodeURIComponent(id)}/user-data?region=${encodeURIComponent(region)}${reveal ? "&reveal=1" : ""}`;

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * The instance's user data (DescribeInstancesAttributes). Everyone sees whether there is any and its size; operators
 * can show the decoded content on click (audited on the server); viewers never receive it.
 */
export function UserDataCard({ accountId, region, instanceId, canReveal }: { accountId: string; region: string; instanceId: string; canReveal: boolean }) {
  const t = useT();
  const [shown, setShown] = useState(false);
  const summary = useQuery({
    queryKey: detailExtraKeys.userData(accountId, region, instanceId),
    queryFn: ({ signal }) => fetchJson<UserDataAnswer>(url(instanceId, region, false), signal),
    staleTime: 60_000,
  });
  const content = useQuery({
    queryKey: [...detailExtraKeys.userData(accountId, region, instanceId), "content"],
    queryFn: ({ signal }) => fetchJson<UserDataAnswer>(url(instanceId, region, true), signal),
    enabled: shown && canReveal,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  const data = summary.data;
  const error = summary.error ?? (shown ? content.error : null);

  return (
    <Card data-testid="detail-user-data">
      <CardHeader
        title={t("instances.userData.title")}
        actions={
          canReveal && data?.present ? (
            <Button size="sm" variant="secondary" onClick={() => setShown(!shown)} data-testid="user-data-toggle" aria-expanded={shown}>
              {shown ? t("instances.userData.hide") : t("instances.userData.show")}
            </Button>
          ) : undefined
        }
      />
      <div className="px-4 py-3 text-[13px]">
        {summary.isPending && <span className="text-muted">{t("instances.userData.loading")}</span>}
        {data && (
          <p data-testid="user-data-summary" data-present={data.present ? "true" : "false"}>
            {data.present ? t("instances.userData.present", { size: size(data.bytes) }) : <span className="text-muted">{t("instances.userData.none")}</span>}
            {data.present && !canReveal && <span className="ml-2 text-xs text-muted">{t("instances.userData.operatorsOnly")}</span>}
          </p>
        )}
        {shown && content.isPending && <p className="mt-2 text-muted">{t("instances.userData.loading")}</p>}
        {shown && content.data && (
          <>
            {content.data.base64 !== undefined && <p className="mt-2 text-xs text-muted">{t("instances.userData.binary")}</p>}
            <pre
              className="mt-2 max-h-80 overflow-auto rounded border border-line bg-subtle p-2 font-mono text-xs leading-5 whitespace-pre-wrap break-all select-all"
              data-testid="user-data-content"
            >
              {content.data.text ?? content.data.base64}
            </pre>
            <p className="mt-1 text-xs text-muted">{t("instances.userData.secretNote")}</p>
          </>
        )}
        {error && (
          <div className="mt-2">
            <CloudErrorPanel t={t} error={queryError(error, t)} title={t("instances.userData.error")} />
          </div>
        )}
      </div>
    </Card>
  );
}
