import { PlaceholderPage, placeholderMetadata } from "@/components/shell/placeholder-page";

export const dynamic = "force-dynamic";

export const generateMetadata = () => placeholderMetadata("images");

export default function ImagesPage() {
  return <PlaceholderPage navKey="images" />;
}
