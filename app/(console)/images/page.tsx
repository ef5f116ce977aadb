import type { Metadata } from "next";
import { HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import { getConsoleContextOrRedirect } from "@/server/context";
import { describeRegions } from "@/server/queries/regions";
import { describeImageQuota, listImages } from "@/server/queries/images";
import { toActionError } from "@/server/actions/action-error";
import { getI18n } from "@/lib/i18n/server";
import { hasRole } from "@/lib/roles";
import { dehydrateEntries } from "@/lib/queries/hydration";
import { imageKeys } from "@/lib/images/query-keys";
import { readImageParams } from "@/lib/images/filters";
import { TAB_IMAGE_TYPE } from "@/lib/images/types";
import { NoAccountPanel } from "@/components/shell/no-account-panel";
import { PageHeader } from "@/components/shell/page-header";
import { ImagesClient } from "./client";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("nav.images") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Images (issue 7): the chosen tab's images and the image quota are fetched here and handed to React Query, so the
 * page renders at once; filters, refreshes and live progress go through the GET routes under /api/images.
 */
export default async function ImagesPage({ searchParams }: { searchParams: SearchParams }) {
  const { user, account, region, locale } = await getConsoleContextOrRedirect();
  const { t } = await getI18n();
  if (!account) {
    return (
      <>
        <PageHeader title={t("nav.images")} description={t("page.images.description")} />
        <NoAccountPanel isAdmin={hasRole(user.role, "admin")} />
      </>
    );
  }
  const search = await searchParams;
  const { tab } = readImageParams(search);
  const create = typeof search.create === "string" && /^ins-[a-z0-9]{8}$/.test(search.create) ? search.create : null;
  const [list, quota, regions] = await Promise.all([
    tab === "marketplace" ? null : listImages(account.id, region, TAB_IMAGE_TYPE[tab]).then((value) => ({ value }), (error: unknown) => ({ error })),
    describeImageQuota(account.id, region).catch(() => null),
    describeRegions(account.id, locale).catch(() => []),
  ]);
  const entries: Array<[QueryKey, unknown]> = [];
  if (list && "value" in list && tab !== "marketplace") entries.push([imageKeys.list(account.id, region, tab), list.value]);
  if (quota) entries.push([imageKeys.quota(account.id, region), quota]);
  return (
    <HydrationBoundary state={dehydrateEntries(entries)}>
      <ImagesClient
        accountId={account.id}
        region={region}
        regionName={regions.find((r) => r.Region === region)?.RegionName ?? region}
        language={locale}
        role={user.role}
        serverError={list && "error" in list ? toActionError(list.error, t) : null}
        createFrom={create}
      />
    </HydrationBoundary>
  );
}
