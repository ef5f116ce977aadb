"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { buyHref } from "@/lib/pricing/buy-link";
import type { cheapestByMode } from "@/lib/pricing/matrix";
import { PRICING_MODES, type PricingSpec } from "@/lib/pricing/spec";
import { PriceFigure } from "./price-cell";

/** The answer first: the cheapest exactly priced cell of each charge mode, with where it is and a way to buy it. */
export function CheapestStrip({ best, spec, pending }: { best: ReturnType<typeof cheapestByMode>; spec: PricingSpec; pending: boolean }) {
  const t = useT();
  return (
    <div className="grid grid-cols-2 gap-2 md:grid-cols-3 xl:grid-cols-5" data-testid="pricing-cheapest">
      {PRICING_MODES.map((mode) => {
        const b = best[mode];
        return (
          <div key={mode} className="rounded-lg border border-line bg-surface px-3 py-2" data-testid={`pricing-cheapest-${mode}`}>
            <p className="text-xs text-muted">{t(`pricing.mode.${mode}`)}</p>
            {b ? (
              <>
                <PriceFigure price={b.quote} className="text-[15px]" />
                {/* Wraps: where the cheapest one is is the answer, a fifth of the page cut the zone's number off. */}
                <p className="text-xs text-muted">
                  <span className="font-mono text-fg">{b.row.InstanceType}</span> · <span className="whitespace-nowrap">{b.cell.zoneName}</span>
                </p>
                <Link
                  href={buyHref(spec, b.row, b.cell)}
                  prefetch={false}
                  className="text-xs font-medium text-accent hover:underline"
                  data-testid={`pricing-cheapest-buy-${mode}`}
                >
                  {t("pricing.cell.buy")} →
                </Link>
              </>
            ) : (
              <p className="py-2 text-xs text-muted">{pending ? t("pricing.cheapest.pending") : t("pricing.cheapest.none")}</p>
            )}
          </div>
        );
      })}
    </div>
  );
}
