"use client";

import Link from "next/link";
import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import type { LaunchTemplateRow } from "@/lib/launch-templates/types";
import { useLaunchTemplatesQuery } from "@/lib/queries/launch-templates";
import { Button, buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/shell/page-header";
import { ListState } from "@/components/resources/list-state";
import { useRegionName } from "@/components/resources/region-name";
import type { ResourcePageProps } from "@/components/resources/resource-page";
import { CreateTemplateDialog, DeleteTemplateDialog } from "@/components/launch-templates/dialogs";
import { LaunchTemplateTable } from "@/components/launch-templates/template-table";

export function LaunchTemplatesClient({ accountId, region, language, canWrite, serverError }: ResourcePageProps) {
  const t = useT();
  const query = useLaunchTemplatesQuery(accountId, region);
  const regionName = useRegionName(accountId, language, region);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<LaunchTemplateRow | null>(null);
  return (
    <>
      <PageHeader
        title={t("nav.launchTemplates")}
        description={t("page.launch-templates.description")}
        actions={
          canWrite && (
            <>
              <Link href="/instances/new" className={buttonClass("secondary")} title={t("launchTemplates.fromWizardHint")}>
                {t("launchTemplates.fromWizard")}
              </Link>
              <Button variant="primary" onClick={() => setCreating(true)} data-testid="launch-template-create">
                {t("launchTemplates.create")}
              </Button>
            </>
          )
        }
      />
      <Card>
        <CardHeader title={t("launchTemplates.listTitle", { region: regionName })} description={query.data ? t("launchTemplates.count", { count: query.data.TotalCount }) : undefined} />
        <ListState
          query={query}
          initialError={serverError}
          isEmpty={(d) => d.LaunchTemplateSet.length === 0}
          empty={{ icon: <Icon name="launch-templates" className="size-5" />, title: t("launchTemplates.empty.title"), description: t("launchTemplates.empty.description"), testId: "launch-templates-empty" }}
        >
          {(d) => <LaunchTemplateTable rows={d.LaunchTemplateSet} region={region} canWrite={canWrite} onDelete={setDeleting} />}
        </ListState>
      </Card>
      {canWrite && creating && <CreateTemplateDialog accountId={accountId} region={region} onClose={() => setCreating(false)} />}
      {canWrite && deleting && <DeleteTemplateDialog accountId={accountId} region={region} template={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
