import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";

export const dynamic = "force-dynamic";

export const generateMetadata = () => placeholderMetadata("hosts");

export default function HostsPage() {
  return <PlaceholderPage navKey="hosts" />;
}
