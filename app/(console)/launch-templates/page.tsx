import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";

export const dynamic = "force-dynamic";

export const generateMetadata = () => placeholderMetadata("launch-templates");

export default function LaunchTemplatesPage() {
  return <PlaceholderPage navKey="launch-templates" />;
}
