"use client";

import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/cn";
import { ApiRouteError } from "@/lib/queries/fetch-json";
import { formatCny, type PriceLine } from "@/lib/purchase/price";
import type { PriceState } from "@/lib/purchase/queries";

const SUFFIX: Record<PriceLine["mode"], "purchase.price.once" | "purchase.price.perHour" | "purchase.price.perGB"> = {
  once: "purchase.price.once",
  hourly: "purchase.price.perHour",
  perGB: "purchase.price.perGB",
};

/**
 * The live itemised price (InquiryPriceRunInstances) of the configuration on screen: instance with system disk,
 * data disks, bandwidth; paid vs list price; hourly and per month; for the whole count. While the current
 * configuration is being priced it says so instead of showing the previous amount.
 */
export function PricePanel({ price, count, period, language }: { price: PriceState; count: number; period?: number; language: string }) {
  const t = useT();
  const money = (n: number) => formatCny(n, language);
  return (
    <div data-testid="purchase-price" data-state={price.state} aria-live="polite" aria-busy={price.state === "recalculating"} className="px-4 py-3">
      <div className="mb-2 flex items-center justify-between">
        <h3 className="text-[13px] font-semibold">{t("purchase.price.title")}</h3>
        {price.state === "recalculating" && (
          <span className="flex items-center gap-1.5 text-xs text-muted" data-testid="purchase-price-recalculating">
            <span aria-hidden className="size-3 animate-spin rounded-full border-2 border-line-strong border-t-accent" />
            {t("purchase.price.recalculating")}
          </span>
        )}
      </div>
      {price.state === "incomplete" && <p className="text-[13px] text-muted">{t("purchase.price.incomplete")}</p>}
      {price.state === "error" && <PriceError error={price.error} />}
      {price.state === "recalculating" && (
        <div aria-hidden className="space-y-2">
          <div className="h-3.5 w-3/4 animate-pulse rounded bg-subtle" />
          <div className="h-3.5 w-1/2 animate-pulse rounded bg-subtle" />
          <div className="h-7 w-2/3 animate-pulse rounded bg-subtle" />
        </div>
      )}
      {price.state === "ready" && (
        <>
          <table className="w-full text-[13px]" data-testid="purchase-price-lines">
            <tbody>
              {price.view.lines.map((l) => (
                <tr key={l.item} data-testid={`price-line-${l.item}`}>
                  <td className="py-0.5 text-muted">{t(`purchase.price.item.${l.item}`)}</td>
                  <td className="py-0.5 text-right tabular-nums">
                    {l.original > l.amount && <span className="mr-1.5 text-xs text-muted line-through">{money(l.original)}</span>}
                    {money(l.amount)}
                    <span className="text-xs text-muted">{t(SUFFIX[l.mode])}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="mt-2 border-t border-line pt-2">
            <p className="flex items-baseline justify-between gap-2">
              <span className="text-[13px] text-muted">{t("purchase.price.total", { count })}</span>
              <span className="text-right">
                <strong className="text-xl font-semibold text-accent tabular-nums" data-testid="purchase-price-total">
                  {money(price.view.total.amount)}
                </strong>
                <span className="text-xs text-muted">
                  {price.view.total.mode === "hourly" ? t("purchase.price.perHour") : t("purchase.price.forPeriod", { months: period ?? 1 })}
                </span>
              </span>
            </p>
            {price.view.total.original > price.view.total.amount && (
              <p className="text-right text-xs text-muted">
                <span className="line-through">{money(price.view.total.original)}</span>{" "}
                {t("purchase.price.saving", { amount: money(price.view.total.original - price.view.total.amount) })}
              </p>
            )}
            <p className={cn("mt-1 text-right text-xs text-muted tabular-nums")} data-testid="purchase-price-monthly">
              {t("purchase.price.monthly", { amount: money(price.view.monthly) })} · {t("purchase.price.perInstance", { amount: money(price.view.perInstance) })}
            </p>
          </div>
          <p className="mt-1.5 truncate font-mono text-[11px] text-muted" title={price.view.requestIds.join("\n")}>
            {t("cloudError.requestId")} {price.view.requestIds[0]}
          </p>
        </>
      )}
    </div>
  );
}

function PriceError({ error }: { error: unknown }) {
  const t = useT();
  const e = error instanceof ApiRouteError ? error.error : null;
  return (
    <div role="alert" data-testid="purchase-price-error" className="rounded-md bg-red-50 px-2.5 py-2 text-[13px] text-red-800 dark:bg-red-500/10 dark:text-red-200">
      <p className="font-medium">{t("purchase.price.failed")}</p>
      {e && <p className="mt-0.5 break-words">{e.message}</p>}
      {e && (
        <p className="mt-0.5 font-mono text-[11px] opacity-80" data-testid="purchase-price-error-code">
          {e.code}
          {e.requestId ? ` · ${e.requestId}` : ""}
        </p>
      )}
    </div>
  );
}
