import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";

export const dynamic = "force-dynamic";

export const generateMetadata = () => placeholderMetadata("quotas");

export default function QuotasPage() {
  return <PlaceholderPage navKey="quotas" />;
}
