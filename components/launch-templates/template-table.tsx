"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import { launchFromVersionHref } from "@/lib/launch-templates/launch-link";
import type { LaunchTemplateRow } from "@/lib/launch-templates/types";
import { Button, buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { IdText } from "@/components/resources/id-cell";

export function LaunchTemplateTable({ rows, region, canWrite, onDelete }: { rows: LaunchTemplateRow[]; region: string; canWrite: boolean; onDelete: (t: LaunchTemplateRow) => void }) {
  const t = useT();
  return (
    <DataTable
      testId="launch-templates-table"
      rows={rows}
      rowKey={(lt) => lt.LaunchTemplateId}
      rowProps={(lt) => ({ "data-testid": "launch-template-row", "data-id": lt.LaunchTemplateId, "data-name": lt.LaunchTemplateName })}
      columns={[
        {
          id: "name",
          header: t("launchTemplates.col.name"),
          sortValue: (lt) => lt.LaunchTemplateName,
          cell: (lt) => (
            <>
              <Link href={`/launch-templates/${lt.LaunchTemplateId}`} className="font-medium text-accent hover:underline" data-testid="launch-template-open">
                {lt.LaunchTemplateName}
              </Link>
              <div>
                <IdText id={lt.LaunchTemplateId} />
              </div>
            </>
          ),
        },
        { id: "default", header: t("launchTemplates.col.default"), align: "right", className: "tabular-nums", sortValue: (lt) => lt.DefaultVersionNumber, cell: (lt) => `v${lt.DefaultVersionNumber}` },
        { id: "latest", header: t("launchTemplates.col.latest"), align: "right", className: "tabular-nums", sortValue: (lt) => lt.LatestVersionNumber, cell: (lt) => `v${lt.LatestVersionNumber}` },
        { id: "versions", header: t("launchTemplates.col.versions"), align: "right", className: "tabular-nums", sortValue: (lt) => lt.LaunchTemplateVersionCount, cell: (lt) => lt.LaunchTemplateVersionCount },
        { id: "createdBy", header: t("launchTemplates.col.createdBy"), className: "font-mono text-xs text-muted", sortValue: (lt) => lt.CreatedBy, cell: (lt) => lt.CreatedBy },
        { id: "created", header: t("resources.col.created"), className: "text-xs whitespace-nowrap text-muted", sortValue: (lt) => lt.CreationTime, cell: (lt) => formatDateTime(lt.CreationTime) },
      ]}
      actions={(lt) => (
        <>
          {canWrite && (
            <Link href={launchFromVersionHref(region, lt.LaunchTemplateId, lt.DefaultVersionNumber)} className={buttonClass("ghost", "sm")} data-testid="launch-template-launch">
              {t("launchTemplates.launch")}
            </Link>
          )}
          <Link href={`/launch-templates/${lt.LaunchTemplateId}`} className={buttonClass("ghost", "sm")}>
            {t("launchTemplates.versions")}
          </Link>
          {canWrite && (
            <Button size="sm" variant="ghost" className="text-red-700 dark:text-red-300" onClick={() => onDelete(lt)} data-testid="launch-template-delete">
              {t("common.delete")}
            </Button>
          )}
        </>
      )}
    />
  );
}
