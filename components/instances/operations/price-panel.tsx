"use client";

import { useLocale, useT } from "@/lib/i18n/provider";
import { formatMoney, totalRefund, type ItemQuote, type PriceQuote } from "@/lib/instances/operations/price";
import { ApiRouteError } from "@/lib/queries/fetch-json";

type Summed = Omit<PriceQuote, "requestId"> & { requestIds: string[] };

/** The price effect of the change, shown before the confirm button is enabled (pricing issue). */
export function PricePanel({ quote, isFetching, error, count }: { quote: Summed | null; isFetching: boolean; error: unknown; count: number }) {
  const t = useT();
  const locale = useLocale();
  const money = (q: ItemQuote) => `${formatMoney(q.amount, locale)}${q.hourly ? t("ops.price.perHour") : ""}`;
  const body = () => {
    if (error) {
      const e = error instanceof ApiRouteError ? error.error : null;
      return (
        <p className="text-red-700 dark:text-red-300" data-testid="op-price-error">
          {t("ops.price.failed")} {e && <span className="font-mono text-xs">{e.code}{e.requestId ? ` · ${e.requestId}` : ""}</span>}
        </p>
      );
    }
    if (!quote) return <p className="text-muted">{isFetching ? t("ops.price.asking") : t("ops.price.incomplete")}</p>;
    if (quote.kind === "terminate") {
      return (
        <p>
          {t("ops.price.refund")} <strong data-testid="op-price-amount">{formatMoney(totalRefund(quote.refunds), locale)}</strong>{" "}
          <span className="text-muted">{t("ops.price.forCount", { count })}</span>
        </p>
      );
    }
    return (
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        {quote.instance && (
          <p>
            {t(`ops.price.label.${quote.kind}`)} <strong data-testid="op-price-amount">{money(quote.instance)}</strong>
            {quote.instance.original !== undefined && <span className="ml-1.5 text-xs text-muted line-through">{formatMoney(quote.instance.original, locale)}</span>}
          </p>
        )}
        {quote.bandwidth && quote.bandwidth.amount > 0 && (
          <p>
            {t("ops.price.bandwidth")} <strong>{money(quote.bandwidth)}</strong>
          </p>
        )}
        {!quote.instance && !quote.bandwidth && <p data-testid="op-price-amount">{t("ops.price.free")}</p>}
        <span className="text-xs text-muted">{t("ops.price.forCount", { count })}</span>
      </div>
    );
  };
  return (
    <div data-testid="op-price" aria-live="polite" className="rounded-md border border-line bg-subtle/60 px-3 py-2 text-[13px]">
      {body()}
      {quote && quote.requestIds.length > 0 && (
        <p className="mt-0.5 font-mono text-[11px] text-muted" title={quote.requestIds.join("\n")}>
          {t("cloudError.requestId")} {quote.requestIds[0]}
          {quote.requestIds.length > 1 ? ` +${quote.requestIds.length - 1}` : ""}
        </p>
      )}
    </div>
  );
}
