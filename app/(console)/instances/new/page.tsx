import type { Metadata } from "next";
import { HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import { getConsoleContextOrRedirect } from "@/server/context";
import { describeZones } from "@/server/queries/regions";
import { describeInstancePrefill, describePurchaseImages, describeTemplatePrefill, describeTypeOffers, describeZoneQuotas, type Where } from "@/server/queries/purchase";
import { getI18n } from "@/lib/i18n/server";
import { hasRole } from "@/lib/roles";
import { dehydrateEntries } from "@/lib/queries/hydration";
import { regionKeys } from "@/lib/queries/region-keys";
import { defaultConfig, type PurchaseConfig } from "@/lib/purchase/config";
import { firstAvailableZone, pickDefaultType } from "@/lib/purchase/defaults";
import { purchaseKeys } from "@/lib/purchase/keys";
import { prefillFromLink, readPurchaseLink, type PurchaseLink } from "@/lib/purchase/prefill";
import { NoAccountPanel } from "@/components/shell/no-account-panel";
import { PageHeader } from "@/components/shell/page-header";
import { PurchaseWizard, type PurchaseOrigin } from "@/components/purchase/wizard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("purchase.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Buy same configuration" (?from=ins-…) or a launch template (?template=lt-…): the starting configuration. */
async function loadOrigin(where: Where, link: PurchaseLink): Promise<{ prefill: Partial<PurchaseConfig>; origin: PurchaseOrigin }> {
  const id = link.from ?? link.template;
  if (!id) return { prefill: {}, origin: null };
  const kind = link.from ? "instance" : "template";
  const prefill = await (kind === "instance" ? describeInstancePrefill(where, id) : describeTemplatePrefill(where, id, link.version)).catch(() => null);
  return { prefill: prefill ?? {}, origin: { kind, id, found: prefill !== null } };
}

/**
 * The purchase wizard (issue 6). The first zone's catalogue, the region's quotas and the first type's images are
 * fetched here and handed to React Query, so the wizard shows choices and asks for a price at once.
 */
export default async function NewInstancePage({ searchParams }: { searchParams: SearchParams }) {
  const { user, account, region: headerRegion, locale } = await getConsoleContextOrRedirect();
  const { t } = await getI18n();
  if (!account) {
    return (
      <>
        <PageHeader title={t("purchase.title")} description={t("purchase.description")} />
        <NoAccountPanel isAdmin={hasRole(user.role, "admin")} />
      </>
    );
  }
  const link = readPurchaseLink(await searchParams);
  const region = link.region ?? headerRegion;
  const where: Where = { accountId: account.id, region, language: locale };
  const [{ prefill, origin }, zones] = await Promise.all([loadOrigin(where, link), describeZones(account.id, region, locale).catch(() => null)]);
  const initial: PurchaseConfig = { ...defaultConfig(region), ...prefill, ...prefillFromLink(link), region };

  const entries: Array<[QueryKey, unknown]> = [];
  if (zones) entries.push([regionKeys.zones(account.id, region, locale), zones]);
  const zone = initial.zone || firstAvailableZone(zones ?? undefined);
  const [offers, quotas] = await Promise.all([
    zone ? describeTypeOffers(where, zone, initial.chargeType).catch(() => null) : null,
    describeZoneQuotas(where).catch(() => null),
  ]);
  if (offers) entries.push([purchaseKeys.offers(account.id, region, zone, initial.chargeType, locale), { zone, chargeType: initial.chargeType, TypeSet: offers }]);
  if (quotas) entries.push([purchaseKeys.quota(account.id, region), quotas]);
  const type = initial.instanceType || pickDefaultType(offers ?? []);
  if (type && initial.imageSource !== "MARKET") {
    const images = await describePurchaseImages(where, initial.imageSource, type).catch(() => null);
    if (images) entries.push([purchaseKeys.images(account.id, region, initial.imageSource, type), images]);
  }

  return (
    <HydrationBoundary state={dehydrateEntries(entries)}>
      <PurchaseWizard accountId={account.id} language={locale} canBuy={hasRole(user.role, "operator")} initial={initial} origin={origin} />
    </HydrationBoundary>
  );
}
