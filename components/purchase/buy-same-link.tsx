"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { purchaseHref } from "@/lib/purchase/prefill";
import { buttonClass } from "@/components/ui/button";

/**
 * "Buy same configuration" for an instance's row or detail page: opens the wizard prefilled from the instance
 * (`/instances/new?from=ins-…&region=…`). For the Instances pages to mount (operators and admins only).
 */
export function BuySameLink({ instanceId, region, variant = "ghost" }: { instanceId: string; region: string; variant?: "ghost" | "secondary" }) {
  const t = useT();
  return (
    <Link href={purchaseHref({ from: instanceId, region })} className={buttonClass(variant, "sm")} data-testid="buy-same-config">
      {t("purchase.buySame")}
    </Link>
  );
}
