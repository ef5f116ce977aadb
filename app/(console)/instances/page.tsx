import type { Metadata } from "next";
import { HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import { getConsoleContextOrRedirect } from "@/server/context";
import { describeRegions } from "@/server/queries/regions";
import { listInstances, listInstancesAllRegions } from "@/server/queries/instances";
import { getInstanceTablePrefs } from "@/server/preferences/instance-table";
import { toActionError } from "@/server/actions/action-error";
import { getI18n } from "@/lib/i18n/server";
import { hasRole } from "@/lib/roles";
import { dehydrateEntries } from "@/lib/queries/hydration";
import { instanceKeys } from "@/lib/instances/query-keys";
import { fetchParams, readListParams } from "@/lib/instances/list-params";
import { parseSearch } from "@/lib/instances/search-syntax";
import { NoAccountPanel } from "@/components/shell/no-account-panel";
import { PageHeader } from "@/components/shell/page-header";
import { InstancesClient } from "./client";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("nav.instances") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The instance list: the first page is fetched here (with the user's saved columns) and handed to React Query,
 * so it renders at once; later pages, searches and refreshes go through GET /api/instances.
 */
export default async function InstancesPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, account, region, locale } = await getConsoleContextOrRedirect();
  const { t } = await getI18n();
  if (!account) {
    return (
      <>
        <PageHeader title={t("nav.instances")} description={t("page.instances.description")} />
        <NoAccountPanel isAdmin={hasRole(user.role, "admin")} />
      </>
    );
  }
  const params = readListParams(await searchParams);
  const parsed = parseSearch(params.q);
  const { filters, errors } = parsed;
  const query = { filters, page: params.page, size: params.size };
  const [prefs, list, regions] = await Promise.all([
    getInstanceTablePrefs(user.id),
    errors.length
      ? null
      : (params.scope === "all" ? listInstancesAllRegions(account.id, locale, query) : listInstances(account.id, region, query)).then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        ),
    describeRegions(account.id, locale).catch(() => []),
  ]);
  const entries: Array<[QueryKey, unknown]> = [];
  if (list && "value" in list) entries.push([instanceKeys.list(account.id, region, locale, fetchParams(params)), list.value]);
  return (
    <HydrationBoundary state={dehydrateEntries(entries)}>
      <InstancesClient
        accountId={account.id}
        region={region}
        regionName={regions.find((r) => r.Region === region)?.RegionName ?? region}
        language={locale}
        role={user.role}
        initialPrefs={prefs}
        initialSearch={{ q: params.q, parsed }}
        serverError={list && "error" in list ? toActionError(list.error, t) : null}
      />
    </HydrationBoundary>
  );
}
