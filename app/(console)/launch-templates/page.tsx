import { listLaunchTemplates } from "@/server/queries/launch-templates";
import { launchTemplateKeys } from "@/lib/launch-templates/keys";
import { ResourcePage, resourceMetadata } from "@/components/resources/resource-page";
import { LaunchTemplatesClient } from "./client";

export const dynamic = "force-dynamic";

export const generateMetadata = () => resourceMetadata("nav.launchTemplates");

/** Launch templates of the header's region; each opens its versions. */
export default function LaunchTemplatesPage() {
  return (
    <ResourcePage
      title="nav.launchTemplates"
      description="page.launch-templates.description"
      load={async (w) => [[launchTemplateKeys.list(w.accountId, w.region), await listLaunchTemplates(w)]]}
    >
      {(props) => <LaunchTemplatesClient {...props} />}
    </ResourcePage>
  );
}
