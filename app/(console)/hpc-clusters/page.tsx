import { listHpcClusters } from "@/server/queries/hpc";
import { hpcKeys } from "@/lib/hpc/keys";
import { ResourcePage, resourceMetadata } from "@/components/resources/resource-page";
import { HpcClustersClient } from "./client";

export const dynamic = "force-dynamic";

export const generateMetadata = () => resourceMetadata("nav.hpcClusters");

/** HPC clusters of the header's region and the instances in each. */
export default function HpcClustersPage() {
  return (
    <ResourcePage title="nav.hpcClusters" description="page.hpc-clusters.description" load={async (w) => [[hpcKeys.list(w.accountId, w.region), await listHpcClusters(w)]]}>
      {(props) => <HpcClustersClient {...props} />}
    </ResourcePage>
  );
}
