import { listRepairTasks } from "@/server/queries/maintenance";
import { readTaskFilters } from "@/lib/maintenance/filters";
import { maintenanceKeys } from "@/lib/maintenance/keys";
import { ResourcePage, resourceMetadata } from "@/components/resources/resource-page";
import { MaintenanceClient } from "./client";

export const dynamic = "force-dynamic";

export const generateMetadata = () => resourceMetadata("nav.maintenance");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Repair tasks of the header's region, filtered by the URL (default: waiting or reserved, last 30 days). */
export default async function MaintenancePage({ searchParams }: { searchParams: SearchParams }) {
  const filters = readTaskFilters(await searchParams);
  return (
    <ResourcePage
      title="nav.maintenance"
      description="page.maintenance.description"
      load={async (w) => [[maintenanceKeys.list(w.accountId, w.region, filters), await listRepairTasks(w, filters)]]}
    >
      {(props) => <MaintenanceClient {...props} initialFilters={filters} />}
    </ResourcePage>
  );
}
