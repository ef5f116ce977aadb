import type { Metadata } from "next";
import { HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import { getConsoleContextOrRedirect } from "@/server/context";
import { describeRegions } from "@/server/queries/regions";
import { listChcHosts, listHosts } from "@/server/queries/hosts";
import { toActionError } from "@/server/actions/action-error";
import { getI18n } from "@/lib/i18n/server";
import { hasRole } from "@/lib/roles";
import { dehydrateEntries } from "@/lib/queries/hydration";
import { hostKeys } from "@/lib/hosts/query-keys";
import { NoAccountPanel } from "@/components/shell/no-account-panel";
import { PageHeader } from "@/components/shell/page-header";
import { HostsClient } from "./client";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("nav.hosts") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Dedicated hosts (CDH) and CHC physical servers (issue 7): the chosen tab's list is fetched here and handed to React
 * Query; refreshes and the live progress of hosts being delivered go through the GET routes under /api/hosts.
 */
export default async function HostsPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, account, region, locale } = await getConsoleContextOrRedirect();
  const { t } = await getI18n();
  if (!account) {
    return (
      <>
        <PageHeader title={t("nav.hosts")} description={t("page.hosts.description")} />
        <NoAccountPanel isAdmin={hasRole(user.role, "admin")} />
      </>
    );
  }
  const tab = (await searchParams).tab === "chc" ? "chc" : "cdh";
  const [list, regions] = await Promise.all([
    (tab === "cdh" ? listHosts(account.id, region) : listChcHosts(account.id, region)).then((value) => ({ value }), (error: unknown) => ({ error })),
    describeRegions(account.id, locale).catch(() => []),
  ]);
  const entries: Array<[QueryKey, unknown]> = [];
  if ("value" in list) entries.push([tab === "cdh" ? hostKeys.list(account.id, region) : hostKeys.chc(account.id, region), list.value]);
  return (
    <HydrationBoundary state={dehydrateEntries(entries)}>
      <HostsClient
        accountId={account.id}
        region={region}
        regionName={regions.find((r) => r.Region === region)?.RegionName ?? region}
        language={locale}
        role={user.role}
        tab={tab}
        serverError={"error" in list ? toActionError(list.error, t) : null}
      />
    </HydrationBoundary>
  );
}
