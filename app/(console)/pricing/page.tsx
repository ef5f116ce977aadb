import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";

export const dynamic = "force-dynamic";

export const generateMetadata = () => placeholderMetadata("pricing");

export default function PricingPage() {
  return <PlaceholderPage navKey="pricing" />;
}
