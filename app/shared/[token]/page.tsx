import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCloudAccount } from "@/server/accounts/store";
import { toActionError } from "@/server/actions/action-error";
import { describeRegions } from "@/server/queries/regions";
import { loadSharedViewPage } from "@/server/shared-views/load-page";
import { findActiveSharedView, noteSharedViewVisit } from "@/server/shared-views/store";
import { getI18n } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/format";
import { visibleColumns } from "@/lib/instances/columns";
import { SHARED_VIEW_PAGE_SIZE } from "@/lib/shared-views/schema";
import { BrandMark } from "@/components/shell/brand-mark";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { LocaleToggle } from "@/components/shell/locale-toggle";
import { SimulationBadge } from "@/components/shell/simulation-badge";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RegionSummary } from "@/components/instances/region-summary";
import { AutoRefresh } from "@/components/shared-views/auto-refresh";
import { SharedInstanceTable } from "@/components/shared-views/shared-instance-table";
import { ViewScope } from "@/components/shared-views/view-scope";

export const dynamic = "force-dynamic";

const REFRESH_SECONDS = 30;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  // The token is in the URL: never indexed, never sent on as a Referer.
  return { title: t("sharedViews.public.title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A team-shared read-only view: no sign-in, no session, no secrets. The token is the only authorisation; it is
 * checked (exists, not revoked, not expired) on every request, and the page shows only the view's columns.
 */
export default async function SharedViewPage({ params, searchParams }: Props) {
  const { token } = await params;
  const view = await findActiveSharedView(token);
  const account = view && (await getCloudAccount(view.accountId));
  if (!view || !account) notFound();

  const { t, locale } = await getI18n();
  const pageParam = Number((await searchParams).page);
  const page = Number.isInteger(pageParam) && pageParam >= 1 && pageParam <= 1000 ? pageParam : 1;
  const [result, regions] = await Promise.all([
    loadSharedViewPage(view, page, locale).then(
      (list) => ({ list, error: null }),
      (err: unknown) => ({ list: null, error: toActionError(err, t) }),
    ),
    describeRegions(account.id, locale).catch(() => []),
    noteSharedViewVisit(view.id).catch((err: unknown) => console.error("[shared-views] could not count a visit", err)),
  ]);
  const regionName = regions.find((r) => r.Region === view.region)?.RegionName ?? view.region;
  const columns = visibleColumns(view.columns, view.scope === "all");
  const list = result.list;
  const pages = list ? Math.max(1, Math.ceil(list.TotalCount / SHARED_VIEW_PAGE_SIZE)) : 1;

  return (
    <div className="flex min-h-screen flex-col">
      <AutoRefresh seconds={REFRESH_SECONDS} />
      <header className="flex h-12 shrink-0 items-center gap-3 border-b border-line bg-surface px-4">
        <BrandMark />
        <span className="rounded-md bg-subtle px-2 py-0.5 text-xs font-medium text-muted" data-testid="shared-badge">
          {t("sharedViews.public.badge")}
        </span>
        {account.isSimulation && <SimulationBadge />}
        <div className="flex-1" />
        <LocaleToggle />
        <ThemeToggle />
      </header>
      <main className="flex-1 px-6 py-5">
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
          <div className="min-w-0 space-y-1.5">
            <h1 className="text-lg font-semibold" data-testid="shared-title">
              {view.name}
            </h1>
            <ViewScope t={t} scope={view.scope} regionName={regionName} q={view.q} />
          </div>
          <p className="text-xs text-muted" data-testid="shared-meta">
            {list && t(list.TotalCount === 1 ? "sharedViews.public.countOne" : "sharedViews.public.count", { count: list.TotalCount.toLocaleString(locale) })}
            {list && " · "}
            {list && t("sharedViews.public.asOf", { time: formatDateTime(list.asOf), seconds: REFRESH_SECONDS })}
            {" · "}
            {t("sharedViews.public.expires", { time: formatDateTime(view.expiresAt) })}
          </p>
        </div>
        {result.error && <CloudErrorPanel t={t} error={result.error} title={t("sharedViews.public.error")} />}
        {list && (
          <Card className="overflow-hidden">
            {list.regions && <RegionSummary regions={list.regions} />}
            {list.InstanceSet.length === 0 ? (
              <EmptyState title={t("sharedViews.public.empty")} description={t("sharedViews.public.emptyHint")} data-testid="shared-empty" />
            ) : (
              <SharedInstanceTable t={t} rows={list.InstanceSet} columns={columns} />
            )}
            {pages > 1 && (
              <nav className="flex items-center justify-end gap-3 border-t border-line px-3 py-2 text-xs" aria-label={t("sharedViews.public.pages")}>
                {page > 1 && (
                  <a href={`?page=${page - 1}`} className="text-accent hover:underline" data-testid="shared-prev">
                    {t("sharedViews.public.prev")}
                  </a>
                )}
                <span className="text-muted">{t("sharedViews.public.page", { page, pages })}</span>
                {page < pages && (
                  <a href={`?page=${page + 1}`} className="text-accent hover:underline" data-testid="shared-next">
                    {t("sharedViews.public.next")}
                  </a>
                )}
              </nav>
            )}
          </Card>
        )}
        <p className="mt-4 text-xs text-muted">{t("sharedViews.public.footer")}</p>
      </main>
    </div>
  );
}
