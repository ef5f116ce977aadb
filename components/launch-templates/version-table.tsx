"use client";

import Link from "next/link";
import { Fragment, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import { flattenTemplateData } from "@/lib/launch-templates/diff";
import { launchFromVersionHref } from "@/lib/launch-templates/launch-link";
import type { LaunchTemplateVersionRow } from "@/lib/launch-templates/types";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";

export type VersionAction = "setDefault" | "newVersion" | "delete";

/** A template's versions, newest first; "Details" opens every field of one version. */
export function VersionTable({ versions, region, templateId, canWrite, pendingDefault, onAction }: {
  versions: LaunchTemplateVersionRow[];
  region: string;
  templateId: string;
  canWrite: boolean;
  pendingDefault: number | null;
  onAction: (kind: VersionAction, v: LaunchTemplateVersionRow) => void;
}) {
  const t = useT();
  const [openVersion, setOpenVersion] = useState<number | null>(null);
  const data = (v: LaunchTemplateVersionRow) => v.LaunchTemplateVersionData;
  return (
    <DataTable
      testId="versions-table"
      rows={versions}
      rowKey={(v) => v.LaunchTemplateVersion}
      rowProps={(v) => ({ "data-testid": "version-row", "data-version": v.LaunchTemplateVersion, "data-default": v.IsDefaultVersion })}
      columns={[
        {
          id: "version",
          header: t("launchTemplates.col.version"),
          className: "whitespace-nowrap",
          sortValue: (v) => v.LaunchTemplateVersion,
          cell: (v) => (
            <>
              <span className="font-medium tabular-nums">v{v.LaunchTemplateVersion}</span>
              {v.IsDefaultVersion && (
                <Badge tone="accent" className="ml-2" data-testid="version-default">
                  {t("launchTemplates.default")}
                </Badge>
              )}
            </>
          ),
        },
        {
          id: "description",
          header: t("launchTemplates.col.description"),
          className: "max-w-56 truncate text-muted",
          cellProps: (v) => ({ title: v.LaunchTemplateVersionDescription }),
          sortValue: (v) => v.LaunchTemplateVersionDescription,
          cell: (v) => v.LaunchTemplateVersionDescription,
        },
        { id: "zone", header: t("resources.col.zone"), className: "font-mono text-xs whitespace-nowrap", sortValue: (v) => data(v).Placement?.Zone, cell: (v) => data(v).Placement?.Zone },
        { id: "instanceType", header: t("launchTemplates.field.instanceType"), className: "font-mono text-xs whitespace-nowrap", sortValue: (v) => data(v).InstanceType, cell: (v) => data(v).InstanceType },
        { id: "image", header: t("launchTemplates.field.image"), className: "font-mono text-xs whitespace-nowrap", sortValue: (v) => data(v).ImageId, cell: (v) => data(v).ImageId },
        { id: "created", header: t("resources.col.created"), className: "text-xs whitespace-nowrap text-muted", sortValue: (v) => v.CreationTime, cell: (v) => formatDateTime(v.CreationTime) },
      ]}
      actions={(v) => {
        const n = v.LaunchTemplateVersion;
        return (
          <>
            <Button size="sm" variant="ghost" aria-expanded={openVersion === n} onClick={() => setOpenVersion(openVersion === n ? null : n)} data-testid="version-details">
              {t("launchTemplates.details")}
            </Button>
            {canWrite && (
              <>
                <Link href={launchFromVersionHref(region, templateId, n)} className={buttonClass("ghost", "sm")} data-testid="version-launch">
                  {t("launchTemplates.launch")}
                </Link>
                <Button size="sm" variant="ghost" onClick={() => onAction("newVersion", v)} data-testid="version-new">
                  {t("launchTemplates.newVersionFrom")}
                </Button>
                {!v.IsDefaultVersion && (
                  <>
                    <Button size="sm" variant="ghost" disabled={pendingDefault !== null} onClick={() => onAction("setDefault", v)} data-testid="version-set-default">
                      {pendingDefault === n ? t("common.saving") : t("launchTemplates.setDefault")}
                    </Button>
                    <Button size="sm" variant="ghost" className="text-red-700 dark:text-red-300" onClick={() => onAction("delete", v)} data-testid="version-delete">
                      {t("common.delete")}
                    </Button>
                  </>
                )}
              </>
            )}
          </>
        );
      }}
      detail={(v) =>
        openVersion === v.LaunchTemplateVersion && (
          <dl className="grid grid-cols-[minmax(12rem,auto)_1fr] gap-x-4 gap-y-0.5 px-4 py-2 font-mono text-xs" data-testid="version-data">
            {Object.entries(flattenTemplateData(data(v))).map(([k, val]) => (
              <Fragment key={k}>
                <dt className="text-muted">{k}</dt>
                <dd className="break-all">{val}</dd>
              </Fragment>
            ))}
          </dl>
        )
      }
    />
  );
}
