"use client";

import { useState } from "react";
import Link from "next/link";
import { useQueryClient } from "@tanstack/react-query";
import { useT } from "@/lib/i18n/provider";
import type { Locale } from "@/lib/i18n/config";
import type { ActionError } from "@/lib/action-result";
import { hasRole, type Role } from "@/lib/roles";
import { hostKeys } from "@/lib/hosts/query-keys";
import { HOST_TABS, type HostTab } from "@/lib/hosts/types";
import { cn } from "@/lib/cn";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/shell/page-header";
import { CdhPanel } from "@/components/hosts/cdh-panel";
import { ChcPanel } from "@/components/hosts/chc-panel";

type Props = {
  accountId: string;
  region: string;
  regionName: string;
  language: Locale;
  role: Role;
  tab: HostTab;
  /** The server's first attempt failed: shown until the client's own attempt answers. */
  serverError: ActionError | null;
};

export function HostsClient({ accountId, region, regionName, language, role, tab, serverError }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const canOperate = hasRole(role, "operator");
  const [allocating, setAllocating] = useState(false);
  return (
    <>
      <PageHeader
        title={t("nav.hosts")}
        description={t(tab === "cdh" ? "hosts.page.cdhDescription" : "hosts.page.chcDescription", { region: regionName })}
        actions={
          <>
            <Button onClick={() => queryClient.invalidateQueries({ queryKey: tab === "cdh" ? hostKeys.list(accountId, region) : hostKeys.chc(accountId, region) })} data-testid="hosts-refresh">
              {t("images.refresh")}
            </Button>
            {canOperate && tab === "cdh" && (
              <Button variant="primary" onClick={() => setAllocating(true)} data-testid="hosts-allocate">
                {t("hosts.allocate.open")}
              </Button>
            )}
          </>
        }
      />
      <nav aria-label={t("hosts.tabs")} className="mb-3 flex gap-1 border-b border-line">
        {HOST_TABS.map((id) => (
          <Link
            key={id}
            href={id === "cdh" ? "/hosts" : "/hosts?tab=chc"}
            aria-current={id === tab ? "page" : undefined}
            data-testid={`hosts-tab-${id}`}
            className={cn("-mb-px border-b-2 px-3 py-2 text-[13px] font-medium transition-colors", id === tab ? "border-accent text-fg" : "border-transparent text-muted hover:text-fg")}
          >
            {t(`hosts.tab.${id}`)}
          </Link>
        ))}
      </nav>
      {tab === "cdh" ? (
        <CdhPanel
          accountId={accountId}
          region={region}
          regionName={regionName}
          language={language}
          canOperate={canOperate}
          serverError={serverError}
          allocateOpen={allocating}
          onAllocateClose={() => setAllocating(false)}
        />
      ) : (
        <ChcPanel accountId={accountId} region={region} regionName={regionName} canOperate={canOperate} serverError={serverError} />
      )}
    </>
  );
}
