import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";

export const dynamic = "force-dynamic";

export const generateMetadata = () => placeholderMetadata("placement-groups");

export default function PlacementGroupsPage() {
  return <PlaceholderPage navKey="placement-groups" />;
}
