import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";

export const dynamic = "force-dynamic";

export const generateMetadata = () => placeholderMetadata("key-pairs");

export default function KeyPairsPage() {
  return <PlaceholderPage navKey="key-pairs" />;
}
