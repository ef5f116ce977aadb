import { describeQuotas } from "@/server/queries/quotas";
import { quotaKeys } from "@/lib/quotas/keys";
import { ResourcePage, resourceMetadata } from "@/components/resources/resource-page";
import { QuotasClient } from "./client";

export const dynamic = "force-dynamic";

export const generateMetadata = () => resourceMetadata("nav.quotas");

/** The header region's quotas: instances per zone and charge type, custom images, placement groups. */
export default function QuotasPage() {
  return (
    <ResourcePage title="nav.quotas" description="page.quotas.description" load={async (w) => [[quotaKeys.region(w.accountId, w.region), await describeQuotas(w)]]}>
      {(props) => <QuotasClient {...props} />}
    </ResourcePage>
  );
}
