"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import type { Locale } from "@/lib/i18n/config";
import { useRegionsQuery, useZonesQuery } from "@/lib/queries/regions";
import { ApiRouteError } from "@/lib/queries/fetch-json";
import type { ActionError } from "@/lib/action-result";
import { NAV_ITEMS } from "@/lib/nav";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { PageHeader } from "@/components/shell/page-header";
import { ZonesTable } from "@/components/zones/zones-table";
import { Dashboard } from "@/components/overview/dashboard";

type Props = {
  accountId: string;
  accountName: string;
  isSimulation: boolean;
  region: string;
  language: Locale;
  /** The server's attempt failed: show that until the client's own attempt answers. */
  serverError: ActionError | null;
};

/** Overview: the dashboard across every region, then the chosen region's zones and a map of the console. */
export function OverviewClient({ accountId, accountName, isSimulation, region, language, serverError }: Props) {
  const t = useT();
  const zones = useZonesQuery(accountId, region, language);
  const regions = useRegionsQuery(accountId, language);
  const regionName = regions.data?.find((r) => r.Region === region)?.RegionName ?? region;
  const available = zones.data?.filter((z) => z.ZoneState === "AVAILABLE").length ?? 0;
  const zonesError = zones.isError
    ? zones.error instanceof ApiRouteError
      ? zones.error.error
      : { code: "InternalError", message: t("error.generic") }
    : zones.data
      ? null
      : serverError;

  return (
    <>
      <PageHeader title={t("nav.overview")} description={t("overview.description")} />
      <Dashboard accountId={accountId} language={language} />
      <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
        <Card>
          <CardHeader
            title={t("overview.zones.title", { region: regionName })}
            description={zones.data ? t("overview.zones.summary", { available, total: zones.data.length }) : undefined}
          />
          {zones.isPending && !zonesError && <p className="px-4 py-6 text-[13px] text-muted">{t("common.loading")}</p>}
          {zonesError && (
            <div className="p-4">
              <CloudErrorPanel t={t} error={zonesError} />
            </div>
          )}
          {zones.data && zones.data.length === 0 && (
            <EmptyState icon={<Icon name="zone" className="size-5" />} title={t("overview.zones.empty")} />
          )}
          {zones.data && zones.data.length > 0 && <ZonesTable zones={zones.data} />}
        </Card>

        <Card data-testid="overview-whats-here">
          <CardHeader title={t("overview.here.title")} />
          <CardBody className="space-y-3 text-[13px]">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
              <dt className="text-muted">{t("overview.here.account")}</dt>
              <dd className="truncate">{accountName}</dd>
              <dt className="text-muted">{t("overview.here.region")}</dt>
              <dd>
                {regionName !== region && `${regionName} `}
                <span className="font-mono text-xs text-muted">{region}</span>
              </dd>
              <dt className="text-muted">{t("overview.here.backend")}</dt>
              <dd>{isSimulation ? t("overview.here.simulation") : t("overview.here.tencent")}</dd>
            </dl>
            <ul className="space-y-1 border-t border-line pt-3">
              {NAV_ITEMS.filter((i) => i.section === "compute" && i.key !== "overview").map((item) => (
                <li key={item.key}>
                  <Link href={item.href} className="group flex items-start gap-2.5 rounded-md px-1.5 py-1 hover:bg-subtle">
                    <Icon name={item.icon} className="mt-0.5 size-4 shrink-0 text-muted group-hover:text-accent" />
                    <span className="min-w-0">
                      <span className="block font-medium group-hover:text-accent">{t(item.label)}</span>
                      <span className="block text-xs text-muted">{t(`page.${item.key}.description`)}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
