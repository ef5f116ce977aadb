"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { launchFromVersionHref } from "@/lib/launch-templates/launch-link";
import type { LaunchTemplateVersionRow } from "@/lib/launch-templates/types";
import { useLaunchTemplateQuery, useSetDefaultVersionMutation } from "@/lib/queries/launch-templates";
import { Button, buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { FormAlert } from "@/components/settings/form-alert";
import { PageHeader } from "@/components/shell/page-header";
import { ListState } from "@/components/resources/list-state";
import type { ResourcePageProps } from "@/components/resources/resource-page";
import { CreateVersionDialog, DeleteTemplateDialog, DeleteVersionDialog } from "@/components/launch-templates/dialogs";
import { VersionDiff } from "@/components/launch-templates/version-diff";
import { VersionTable, type VersionAction } from "@/components/launch-templates/version-table";

type Open = { kind: "newVersion" | "delete"; version: LaunchTemplateVersionRow } | { kind: "deleteTemplate" } | null;

export function LaunchTemplateClient({ accountId, region, canWrite, serverError, templateId }: ResourcePageProps & { templateId: string }) {
  const t = useT();
  const router = useRouter();
  const query = useLaunchTemplateQuery(accountId, region, templateId);
  const setDefault = useSetDefaultVersionMutation(accountId);
  const [open, setOpen] = useState<Open>(null);
  const template = query.data?.template ?? null;
  const versions = query.data?.LaunchTemplateVersionSet ?? [];
  const onAction = (kind: VersionAction, v: LaunchTemplateVersionRow) =>
    kind === "setDefault"
      ? setDefault.mutate({ accountId, region, LaunchTemplateId: templateId, DefaultVersion: v.LaunchTemplateVersion })
      : setOpen({ kind, version: v });
  const defaultVersion = versions.find((v) => v.IsDefaultVersion)?.LaunchTemplateVersion ?? versions[0]?.LaunchTemplateVersion ?? 1;

  return (
    <>
      <div className="mb-2 text-[13px]">
        <Link href="/launch-templates" className="text-accent hover:underline">
          ← {t("nav.launchTemplates")}
        </Link>
      </div>
      <PageHeader
        title={template ? template.LaunchTemplateName : templateId}
        description={template ? t("launchTemplates.detailSummary", { id: templateId, versions: template.LaunchTemplateVersionCount, default: template.DefaultVersionNumber }) : undefined}
        actions={
          canWrite &&
          template && (
            <>
              <Link href={launchFromVersionHref(region, templateId, template.DefaultVersionNumber)} className={buttonClass("primary")} data-testid="template-launch-default">
                {t("launchTemplates.launchDefault")}
              </Link>
              <Button className="text-red-700 dark:text-red-300" onClick={() => setOpen({ kind: "deleteTemplate" })} data-testid="template-delete">
                {t("launchTemplates.deleteTemplate")}
              </Button>
            </>
          )
        }
      />
      <div className="space-y-4">
        <Card>
          <CardHeader title={t("launchTemplates.versions")} description={t("launchTemplates.versionsHint")} />
          {setDefault.data && !setDefault.data.ok && (
            <div className="px-4 pt-3">
              <FormAlert error={setDefault.data.error} testId="set-default-error" />
            </div>
          )}
          <ListState
            query={query}
            initialError={serverError}
            isEmpty={(d) => d.template === null}
            empty={{ icon: <Icon name="launch-templates" className="size-5" />, title: t("launchTemplates.notFound.title"), description: t("launchTemplates.notFound.description", { id: templateId }), testId: "launch-template-not-found" }}
          >
            {() => (
              <VersionTable
                versions={versions}
                region={region}
                templateId={templateId}
                canWrite={canWrite}
                pendingDefault={setDefault.isPending ? (setDefault.variables?.DefaultVersion ?? null) : null}
                onAction={onAction}
              />
            )}
          </ListState>
        </Card>
        {versions.length >= 2 && <VersionDiff key={`${versions[0].LaunchTemplateVersion}`} versions={versions} initial={[defaultVersion, versions[0].LaunchTemplateVersion === defaultVersion ? versions[1].LaunchTemplateVersion : versions[0].LaunchTemplateVersion]} />}
      </div>
      {canWrite && open?.kind === "newVersion" && <CreateVersionDialog accountId={accountId} region={region} templateId={templateId} base={open.version} onClose={() => setOpen(null)} />}
      {canWrite && open?.kind === "delete" && <DeleteVersionDialog accountId={accountId} region={region} templateId={templateId} version={open.version.LaunchTemplateVersion} onClose={() => setOpen(null)} />}
      {canWrite && open?.kind === "deleteTemplate" && template && (
        <DeleteTemplateDialog accountId={accountId} region={region} template={template} onClose={() => setOpen(null)} onDeleted={() => router.push("/launch-templates")} />
      )}
    </>
  );
}
