"use client";

import Link from "next/link";
import { useLocale, useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/cn";
import type { ActionError } from "@/lib/action-result";
import { formatYuan } from "@/lib/pricing/money";
import type { CellPrice, CellQuote, PricingCell } from "@/lib/pricing/types";

type Props = {
  cell: PricingCell | undefined;
  price: CellPrice | undefined;
  exact: boolean;
  error: ActionError | undefined;
  cheapest: boolean;
  href: string;
  /** Region scope: the zone the cell would be bought in. */
  showZone: boolean;
  label: string;
};

/** The main figure of a price with its unit: per hour, or per month for prepaid terms; the list price struck through. */
export function PriceFigure({ price, className }: { price: CellPrice; className?: string }) {
  const t = useT();
  const locale = useLocale();
  const [amount, original] = price.unit === "hour" ? [price.amount, price.original] : [price.monthly, price.monthlyOriginal];
  return (
    <span className={cn("whitespace-nowrap tabular-nums", className)}>
      {original > amount && (
        <span className="mr-1 text-[11px] text-muted line-through" data-testid="price-original">
          {formatYuan(original, locale)}
        </span>
      )}
      <span className="font-medium" data-testid="price-amount">
        {formatYuan(amount, locale)}
      </span>
      <span className="text-[11px] text-muted">{price.unit === "hour" ? t("pricing.unit.hour") : t("pricing.unit.month")}</span>
    </span>
  );
}

/** One cell of the matrix: a link that opens the purchase wizard with exactly this configuration. */
export function PriceCell({ cell, price, exact, error, cheapest, href, showZone, label }: Props) {
  const t = useT();
  const locale = useLocale();
  if (!cell) return <span className="text-muted" title={t("pricing.cell.notSold")}>—</span>;
  if (cell.status !== "SELL") {
    return (
      <span className="block text-xs whitespace-nowrap text-muted" data-testid="price-cell" data-state="soldout" title={cell.soldOutReason || undefined}>
        {t("pricing.cell.soldOut")}
        {showZone && <span className="block text-[11px]">{cell.zoneName}</span>}
      </span>
    );
  }
  const failed = error && !exact;
  const money = (n: number) => formatYuan(n, locale);
  const second = price && !failed ? secondLine(price, money, t) : "";
  const perGB = exact ? (price as CellQuote).perGB : undefined;
  return (
    <Link
      href={href}
      prefetch={false}
      data-testid="price-cell"
      data-cell={cell.id}
      data-mode={cell.mode}
      data-state={failed ? "error" : exact ? "exact" : "estimate"}
      data-cheapest={cheapest || undefined}
      title={
        failed
          ? `${error.message}\n${error.code}${error.requestId ? ` · ${error.requestId}` : ""}`
          : exact
            ? perGB && t("pricing.cell.perGB", { amount: money(perGB.amount) })
            : t("pricing.cell.estimateHint")
      }
      className={cn(
        "group -mx-1 block rounded px-1 py-0.5 whitespace-nowrap hover:bg-accent-soft focus-visible:bg-accent-soft",
        cheapest && "bg-emerald-50 ring-1 ring-emerald-600/40 ring-inset dark:bg-emerald-500/10 dark:ring-emerald-400/40",
      )}
    >
      {failed ? (
        <span className="text-xs text-red-700 dark:text-red-300">
          {t("pricing.cell.failed")} <span className="font-mono text-[11px]">{error.code}</span>
        </span>
      ) : (
        price && <PriceFigure price={price} className={cn(!exact && "text-muted italic")} />
      )}
      <span className="flex items-center gap-1.5 text-[11px] leading-4 text-muted">
        {cheapest && <span className="font-semibold text-emerald-700 dark:text-emerald-300">{t("pricing.cell.cheapest")}</span>}
        {second && <span className="tabular-nums">{second}</span>}
        {showZone && <span>{cell.zoneName}</span>}
        <span className="ml-auto hidden pl-1 text-accent group-hover:inline group-focus-visible:inline">{t("pricing.cell.buy")} →</span>
      </span>
      <span className="sr-only">{label}</span>
    </Link>
  );
}

/** Hourly: a month of it. Prepaid beyond one month: the up-front total. (Per-GB traffic is stated once, above.) */
function secondLine(price: CellPrice, money: (n: number) => string, t: ReturnType<typeof useT>): string {
  if (price.unit === "hour") return t("pricing.cell.perMonth", { amount: money(price.monthly) });
  return price.months > 1 ? t("pricing.cell.total", { amount: money(price.amount), months: price.months }) : "";
}
