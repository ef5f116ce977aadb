import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";

export const dynamic = "force-dynamic";

export const generateMetadata = () => placeholderMetadata("instances");

export default function InstancesPage() {
  return <PlaceholderPage navKey="instances" />;
}
