"use client";

import { useT } from "@/lib/i18n/provider";
import { useTestCloudAccountConnectionMutation } from "@/lib/queries/cloud-accounts";
import { Button } from "@/components/ui/button";

/** "Test connection": a live DescribeRegions; shows the region count or Tencent's code and RequestId. */
export function TestConnection({ accountId }: { accountId: string }) {
  const t = useT();
  const mutation = useTestCloudAccountConnectionMutation();
  const result = mutation.data;
  return (
    <div className="flex items-center gap-2" data-testid="account-test">
      <Button size="sm" disabled={mutation.isPending} onClick={() => mutation.mutate({ id: accountId })} data-testid="account-test-button">
        {mutation.isPending ? t("accounts.test.running") : t("accounts.test.button")}
      </Button>
      <span aria-live="polite" className="text-xs" data-testid="account-test-result">
        {result?.ok && <span className="text-emerald-700 dark:text-emerald-400">{t("accounts.test.ok", { count: result.regionCount })}</span>}
        {result && !result.ok && (
          <span className="flex max-w-52 min-w-0 flex-col text-red-700 dark:text-red-400" title={result.error.message}>
            <span className="truncate font-mono" data-testid="account-test-code">
              {result.error.code}
            </span>
            {result.error.requestId && (
              <span className="truncate font-mono text-[11px] text-muted select-all" data-testid="account-test-request-id">
                {result.error.requestId}
              </span>
            )}
          </span>
        )}
        {mutation.isError && <span className="text-red-700 dark:text-red-400">{t("error.generic")}</span>}
      </span>
    </div>
  );
}
