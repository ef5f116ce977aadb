"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { formatDateTime } from "@/lib/format";
import { launchFromVersionHref } from "@/lib/launch-templates/launch-link";
import type { LaunchTemplateRow } from "@/lib/launch-templates/types";
import { Button, buttonClass } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { IdText } from "@/components/resources/id-cell";

export function LaunchTemplateTable({ rows, region, canWrite, onDelete }: { rows: LaunchTemplateRow[]; region: string; canWrite: boolean; onDelete: (t: LaunchTemplateRow) => void }) {
  const t = useT();
  return (
    <Table data-testid="launch-templates-table">
      <THead>
        <tr>
          <Th>{t("launchTemplates.col.name")}</Th>
          <Th className="text-right">{t("launchTemplates.col.default")}</Th>
          <Th className="text-right">{t("launchTemplates.col.latest")}</Th>
          <Th className="text-right">{t("launchTemplates.col.versions")}</Th>
          <Th>{t("launchTemplates.col.createdBy")}</Th>
          <Th>{t("resources.col.created")}</Th>
          <Th className="text-right">{t("common.actions")}</Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((lt) => (
          <Tr key={lt.LaunchTemplateId} data-testid="launch-template-row" data-id={lt.LaunchTemplateId} data-name={lt.LaunchTemplateName}>
            <Td>
              <Link href={`/launch-templates/${lt.LaunchTemplateId}`} className="font-medium text-accent hover:underline" data-testid="launch-template-open">
                {lt.LaunchTemplateName}
              </Link>
              <div>
                <IdText id={lt.LaunchTemplateId} />
              </div>
            </Td>
            <Td className="text-right tabular-nums">v{lt.DefaultVersionNumber}</Td>
            <Td className="text-right tabular-nums">v{lt.LatestVersionNumber}</Td>
            <Td className="text-right tabular-nums">{lt.LaunchTemplateVersionCount}</Td>
            <Td className="font-mono text-xs text-muted">{lt.CreatedBy}</Td>
            <Td className="text-xs whitespace-nowrap text-muted">{formatDateTime(lt.CreationTime)}</Td>
            <Td className="text-right whitespace-nowrap">
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
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
