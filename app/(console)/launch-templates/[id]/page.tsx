import { notFound } from "next/navigation";
import { describeLaunchTemplate } from "@/server/queries/launch-templates";
import { launchTemplateKeys } from "@/lib/launch-templates/keys";
import { ResourcePage, resourceMetadata } from "@/components/resources/resource-page";
import { LaunchTemplateClient } from "./client";

export const dynamic = "force-dynamic";

export const generateMetadata = () => resourceMetadata("nav.launchTemplates");

/** One launch template: its versions, the default, a diff between two versions, and launching from any of them. */
export default async function LaunchTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^lt-[a-z0-9]{8}$/.test(id)) notFound();
  return (
    <ResourcePage
      title="nav.launchTemplates"
      description="page.launch-templates.description"
      load={async (w) => [[launchTemplateKeys.versions(w.accountId, w.region, id), await describeLaunchTemplate(w, id)]]}
    >
      {(props) => <LaunchTemplateClient {...props} templateId={id} />}
    </ResourcePage>
  );
}
