import type { SessionUser } from "@/server/auth/session";
import type { Translate } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/format";
import { COLUMNS } from "@/lib/instances/columns";
import { hasRole } from "@/lib/roles";
import type { SharedViewStatus, SharedViewSummary } from "@/lib/shared-views/schema";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { ViewScope } from "@/components/shared-views/view-scope";
import { RevokeButton } from "./revoke-button";

const STATUS_TONE: Record<SharedViewStatus, BadgeTone> = { active: "success", expired: "neutral", revoked: "danger" };

/** Server-rendered: only the revoke button is interactive. Links are never shown again (only their hash is kept). */
export function SharedViewsTable({ t, views, actor }: { t: Translate; views: SharedViewSummary[]; actor: SessionUser }) {
  const isAdmin = hasRole(actor.role, "admin");
  return (
    <Card>
      <CardHeader title={t("sharedViews.settings.title")} description={t("sharedViews.settings.description")} />
      {views.length === 0 ? (
        <EmptyState data-testid="shared-views-empty" icon={<Icon name="instances" className="size-5" />} title={t("sharedViews.settings.empty")} description={t("sharedViews.settings.emptyHint")} />
      ) : (
        <Table data-testid="shared-views-table">
          <THead>
            <tr>
              <Th>{t("sharedViews.col.name")}</Th>
              <Th>{t("sharedViews.col.shows")}</Th>
              <Th>{t("sharedViews.col.createdBy")}</Th>
              <Th>{t("sharedViews.col.expires")}</Th>
              <Th>{t("sharedViews.col.visits")}</Th>
              <Th>{t("sharedViews.col.status")}</Th>
              <Th className="text-right">{t("common.actions")}</Th>
            </tr>
          </THead>
          <TBody>
            {views.map((v) => (
              <Tr key={v.id} data-testid="shared-view-row" data-id={v.id} data-name={v.name} data-status={v.status}>
                <Td className="max-w-56">
                  <span className="block truncate font-medium" title={v.name}>
                    {v.name}
                  </span>
                  <span className="block truncate text-xs text-muted" title={v.columns.map((id) => t(COLUMNS[id].label)).join(", ")}>
                    {t("sharedViews.columnsCount", { count: v.columns.length })}
                  </span>
                </Td>
                <Td>
                  <ViewScope t={t} scope={v.scope} regionName={v.region} q={v.q} />
                </Td>
                <Td className="text-xs">
                  <span className="block">{v.createdByEmail ?? t("sharedViews.deletedUser")}</span>
                  <span className="block whitespace-nowrap text-muted">{formatDateTime(v.createdAt)}</span>
                </Td>
                <Td className="text-xs whitespace-nowrap text-muted">{formatDateTime(v.revokedAt ?? v.expiresAt)}</Td>
                <Td className="text-xs text-muted">
                  <span className="block tabular-nums" data-testid="shared-view-visits">{v.viewCount}</span>
                  {v.lastViewedAt && <span className="block whitespace-nowrap">{formatDateTime(v.lastViewedAt)}</span>}
                </Td>
                <Td>
                  <Badge tone={STATUS_TONE[v.status]} dot>
                    {t(`sharedViews.status.${v.status}`)}
                  </Badge>
                </Td>
                <Td className="text-right">
                  {v.status === "active" && (isAdmin || v.createdBy === actor.id) && <RevokeButton id={v.id} name={v.name} />}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
