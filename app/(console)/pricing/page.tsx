import type { Metadata } from "next";
import { HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import { getConsoleContextOrRedirect } from "@/server/context";
import { describeRegions } from "@/server/queries/regions";
import { describePricingShapes } from "@/server/queries/pricing";
import { getI18n } from "@/lib/i18n/server";
import { hasRole } from "@/lib/roles";
import { dehydrateEntries } from "@/lib/queries/hydration";
import { pricingKeys } from "@/lib/pricing/keys";
import { readSpec } from "@/lib/pricing/spec";
import { NoAccountPanel } from "@/components/shell/no-account-panel";
import { PageHeader } from "@/components/shell/page-header";
import { PricingClient } from "./client";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("nav.pricing") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Pricing: the spec comes from the URL; the region's shapes (for the picker) are fetched here and hydrated. The
 * matrix itself streams from GET /api/pricing/matrix in the browser, so the page is on screen before the fan-out.
 */
export default async function PricingPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, account, region, locale } = await getConsoleContextOrRedirect();
  const { t } = await getI18n();
  if (!account) {
    return (
      <>
        <PageHeader title={t("nav.pricing")} description={t("pricing.description")} />
        <NoAccountPanel isAdmin={hasRole(user.role, "admin")} />
      </>
    );
  }
  const spec = readSpec(await searchParams)!;
  const where = { accountId: account.id, region, language: locale };
  const [shapes, regions] = await Promise.all([describePricingShapes(where).catch(() => null), describeRegions(account.id, locale).catch(() => [])]);
  const entries: Array<[QueryKey, unknown]> = [];
  if (shapes) entries.push([pricingKeys.shapes(account.id, region, locale), shapes]);
  return (
    <HydrationBoundary state={dehydrateEntries(entries)}>
      <PricingClient
        key={`${account.id}|${region}`}
        accountId={account.id}
        region={region}
        regionName={regions.find((r) => r.Region === region)?.RegionName ?? region}
        language={locale}
        initialSpec={spec}
      />
    </HydrationBoundary>
  );
}
