"use client";

import { useT } from "@/lib/i18n/provider";
import { quotaHotSpots } from "@/lib/quotas/overview";
import { useQuotasQuery } from "@/lib/queries/quotas";
import { useZonesQuery } from "@/lib/queries/regions";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/shell/page-header";
import { ListState } from "@/components/resources/list-state";
import { useRegionName } from "@/components/resources/region-name";
import type { ResourcePageProps } from "@/components/resources/resource-page";
import { HotSpotList } from "@/components/quotas/hot-spot-list";
import { QuotaSummary } from "@/components/quotas/quota-summary";
import { QuotaTable } from "@/components/quotas/quota-table";

export function QuotasClient({ accountId, region, language, serverError }: ResourcePageProps) {
  const t = useT();
  const query = useQuotasQuery(accountId, region);
  const zones = useZonesQuery(accountId, region, language);
  const regionName = useRegionName(accountId, language, region);
  const hot = query.data ? quotaHotSpots(query.data) : [];
  return (
    <>
      <PageHeader title={t("nav.quotas")} description={t("quotas.description", { region: regionName })} />
      {query.data && <QuotaSummary quota={query.data} />}
      {hot.length > 0 && (
        <Card className="mb-4 border-amber-400/60" data-testid="quota-warning">
          <CardHeader title={t("quotas.hot.title", { count: hot.length })} description={t("quotas.hot.description")} />
          <CardBody>
            <HotSpotList spots={hot} />
          </CardBody>
        </Card>
      )}
      <Card>
        <CardHeader title={t("quotas.zonesTitle", { region: regionName })} description={t("quotas.zonesHint")} />
        <ListState
          query={query}
          initialError={serverError}
          isEmpty={(d) => d.zones.length === 0}
          empty={{ icon: <Icon name="quotas" className="size-5" />, title: t("quotas.empty") }}
        >
          {(d) => <QuotaTable quota={d} zones={zones.data} />}
        </ListState>
      </Card>
    </>
  );
}
