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
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

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
  return (
    <Table data-testid="versions-table">
      <THead>
        <tr>
          <Th>{t("launchTemplates.col.version")}</Th>
          <Th>{t("launchTemplates.col.description")}</Th>
          <Th>{t("resources.col.zone")}</Th>
          <Th>{t("launchTemplates.field.instanceType")}</Th>
          <Th>{t("launchTemplates.field.image")}</Th>
          <Th>{t("resources.col.created")}</Th>
          <Th className="text-right">{t("common.actions")}</Th>
        </tr>
      </THead>
      <TBody>
        {versions.map((v) => {
          const d = v.LaunchTemplateVersionData;
          const n = v.LaunchTemplateVersion;
          return (
            <Fragment key={n}>
              <Tr data-testid="version-row" data-version={n} data-default={v.IsDefaultVersion}>
                <Td className="whitespace-nowrap">
                  <span className="font-medium tabular-nums">v{n}</span>
                  {v.IsDefaultVersion && (
                    <Badge tone="accent" className="ml-2" data-testid="version-default">
                      {t("launchTemplates.default")}
                    </Badge>
                  )}
                </Td>
                <Td className="max-w-56 truncate text-muted" title={v.LaunchTemplateVersionDescription}>
                  {v.LaunchTemplateVersionDescription || "—"}
                </Td>
                <Td className="font-mono text-xs whitespace-nowrap">{d.Placement?.Zone ?? "—"}</Td>
                <Td className="font-mono text-xs whitespace-nowrap">{d.InstanceType ?? "—"}</Td>
                <Td className="font-mono text-xs whitespace-nowrap">{d.ImageId ?? "—"}</Td>
                <Td className="text-xs whitespace-nowrap text-muted">{formatDateTime(v.CreationTime)}</Td>
                <Td className="text-right whitespace-nowrap">
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
                </Td>
              </Tr>
              {openVersion === n && (
                <tr>
                  <td colSpan={7} className="bg-subtle/50 px-4 py-2">
                    <dl className="grid grid-cols-[minmax(12rem,auto)_1fr] gap-x-4 gap-y-0.5 font-mono text-xs" data-testid="version-data">
                      {Object.entries(flattenTemplateData(d)).map(([k, val]) => (
                        <Fragment key={k}>
                          <dt className="text-muted">{k}</dt>
                          <dd className="break-all">{val}</dd>
                        </Fragment>
                      ))}
                    </dl>
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </TBody>
    </Table>
  );
}
