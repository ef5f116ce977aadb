import type { Metadata } from "next";
import { HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import { getConsoleContextOrRedirect } from "@/server/context";
import { describeRegions, describeZones } from "@/server/queries/regions";
import { toActionError } from "@/server/actions/action-error";
import { getI18n } from "@/lib/i18n/server";
import { hasRole } from "@/lib/roles";
import { regionKeys } from "@/lib/queries/region-keys";
import { dehydrateEntries } from "@/lib/queries/hydration";
import { NoAccountPanel } from "@/components/shell/no-account-panel";
import { PageHeader } from "@/components/shell/page-header";
import { OverviewClient } from "./client";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("nav.overview") };
}

export default async function OverviewPage() {
  const { user, account, region, locale } = await getConsoleContextOrRedirect();
  const { t } = await getI18n();
  if (!account) {
    return (
      <>
        <PageHeader title={t("nav.overview")} description={t("overview.description")} />
        <NoAccountPanel isAdmin={hasRole(user.role, "admin")} />
      </>
    );
  }
  // Cached for a minute in server/queries, so this costs nothing after the layout's call. A failure is
  // shown at once (Tencent code + RequestId) while the client tries once more through /api/zones.
  const [regions, zones] = await Promise.allSettled([describeRegions(account.id, locale), describeZones(account.id, region, locale)]);
  const entries: Array<[QueryKey, unknown]> = [];
  if (regions.status === "fulfilled") entries.push([regionKeys.list(account.id, locale), regions.value]);
  if (zones.status === "fulfilled") entries.push([regionKeys.zones(account.id, region, locale), zones.value]);
  return (
    <HydrationBoundary state={dehydrateEntries(entries)}>
      <OverviewClient
        accountId={account.id}
        accountName={account.name}
        isSimulation={account.isSimulation}
        region={region}
        language={locale}
        serverError={zones.status === "rejected" ? toActionError(zones.reason, t) : null}
      />
    </HydrationBoundary>
  );
}
