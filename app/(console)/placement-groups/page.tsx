import { listPlacementGroups } from "@/server/queries/placement-groups";
import { placementGroupKeys } from "@/lib/placement-groups/keys";
import { ResourcePage, resourceMetadata } from "@/components/resources/resource-page";
import { PlacementGroupsClient } from "./client";

export const dynamic = "force-dynamic";

export const generateMetadata = () => resourceMetadata("nav.placementGroups");

/** Spread placement groups of the header's region, with the region's group quota. */
export default function PlacementGroupsPage() {
  return (
    <ResourcePage
      title="nav.placementGroups"
      description="page.placement-groups.description"
      load={async (w) => [[placementGroupKeys.list(w.accountId, w.region), await listPlacementGroups(w)]]}
    >
      {(props) => <PlacementGroupsClient {...props} />}
    </ResourcePage>
  );
}
