"use client";

import type { ReactNode } from "react";
import { useT } from "@/lib/i18n/provider";
import type { ActionError } from "@/lib/action-result";
import type { PurchaseConfig } from "@/lib/purchase/config";
import { previewNames } from "@/lib/purchase/naming";
import type { PriceState } from "@/lib/purchase/queries";
import type { QuotaImpact } from "@/lib/purchase/quota";
import type { TypeOffer } from "@/lib/purchase/types";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PricePanel } from "./price-panel";
import { QuotaPanel } from "./quota-panel";
import { periodLabel } from "./step-location";

/** Why Buy is disabled, in the order worth fixing. */
export type BlockReason = { key: string; text: string; step?: number };

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-3 py-0.5">
      <dt className="shrink-0 text-muted">{label}</dt>
      <dd className="min-w-0 truncate text-right">{children}</dd>
    </div>
  );
}

/**
 * The right-hand column of the wizard, on every step: what is being bought, its live price, its quota impact, and
 * the Buy button (disabled with the reason).
 */
export function PurchaseSummary({
  config,
  offer,
  zoneName,
  imageName,
  price,
  quota,
  blocked,
  buying,
  uncertain,
  failure,
  language,
  onBuy,
  onGoTo,
  children,
}: {
  config: PurchaseConfig;
  offer?: TypeOffer;
  zoneName: string;
  imageName: string;
  price: PriceState;
  quota: { impact: QuotaImpact | null; loading: boolean; failed: boolean };
  blocked: BlockReason[];
  buying: boolean;
  /** After an unknown outcome: "retry" (same order) or "changed" (Buy would place a new order). */
  uncertain: "retry" | "changed" | null;
  failure: ActionError | null;
  language: string;
  onBuy: () => void;
  onGoTo: (step: number) => void;
  /** Replaces the Buy section once bought (the live result). */
  children?: ReactNode;
}) {
  const t = useT();
  const dataGb = config.dataDisks.reduce((s, d) => s + (Number.isFinite(d.size) ? d.size : 0), 0);
  const names = config.instanceName ? previewNames(config.instanceName, Math.min(Math.max(config.count, 1), 100), 2) : null;
  const total = price.state === "ready" ? price.view.total : null;
  return (
    <Card className="divide-y divide-line" data-testid="purchase-summary">
      <dl className="px-4 py-3 text-[13px]">
        <Line label={t("purchase.zone")}>{zoneName || "–"}</Line>
        <Line label={t("purchase.chargeType")}>
          {t(`purchase.charge.${config.chargeType}`)}
          {config.chargeType === "PREPAID" && ` · ${periodLabel(t, config.period)}`}
        </Line>
        <Line label={t("purchase.col.type")}>
          <span className="font-mono text-xs">{config.instanceType || "–"}</span>
          {offer && <span className="text-muted"> · {t("purchase.shape", { cpu: offer.Cpu, memory: offer.Memory })}</span>}
        </Line>
        <Line label={t("purchase.image")}>{imageName || config.imageId || "–"}</Line>
        <Line label={t("purchase.disks")}>
          {config.systemDisk.size} GB
          {config.dataDisks.length > 0 && ` + ${t("purchase.dataDiskSummary", { n: config.dataDisks.length, gb: dataGb })}`}
        </Line>
        <Line label={t("purchase.bandwidth")}>{config.bandwidth > 0 ? `${config.bandwidth} Mbps · ${t(`purchase.internetShort.${config.internetChargeType}`)}` : t("purchase.noPublicIp")}</Line>
        <Line label={t("purchase.count")}>
          <span data-testid="purchase-summary-count">{config.count}</span>
        </Line>
        {names && (
          <Line label={t("purchase.instanceName")}>
            <span className="font-mono text-xs">
              {names.shown.join(", ")}
              {names.last && ` … ${names.last}`}
            </span>
          </Line>
        )}
      </dl>
      <PricePanel price={price} count={config.count} period={config.chargeType === "PREPAID" ? config.period : undefined} language={language} />
      {/* Once bought, "what this purchase would use" no longer applies: the result takes its place. */}
      {!children && <QuotaPanel impact={quota.impact} loading={quota.loading} failed={quota.failed} zoneName={zoneName} />}
      {children ?? (
        <div className="px-4 py-3">
          {uncertain && (
            <div role="alert" className="mb-2 rounded-md bg-amber-50 px-2.5 py-2 text-xs text-amber-900 dark:bg-amber-400/10 dark:text-amber-200" data-testid="purchase-uncertain">
              <p className="font-medium">{t("purchase.uncertain.title")}</p>
              <p className="mt-0.5">{t(uncertain === "retry" ? "purchase.uncertain.body" : "purchase.uncertain.changed")}</p>
              {failure && <p className="mt-0.5 font-mono opacity-80">{failure.code}</p>}
            </div>
          )}
          {!uncertain && failure && (
            <div role="alert" className="mb-2 rounded-md bg-red-50 px-2.5 py-2 text-xs text-red-800 dark:bg-red-500/10 dark:text-red-200" data-testid="purchase-failure">
              <p className="font-medium">{t("purchase.failed")}</p>
              <p className="mt-0.5 break-words">{failure.message}</p>
              <p className="mt-0.5 font-mono opacity-80" data-testid="purchase-failure-code">
                {failure.code}
                {failure.requestId ? ` · ${failure.requestId}` : ""}
              </p>
            </div>
          )}
          <Button variant="primary" className="h-9 w-full" disabled={blocked.length > 0 || buying} onClick={onBuy} data-testid="purchase-buy">
            {buying
              ? t("purchase.buying")
              : uncertain === "retry"
                ? t("purchase.retrySame")
                : t("purchase.buy", { count: config.count })}
          </Button>
          {total && blocked.length === 0 && !buying && !uncertain && (
            <p className="mt-1 text-center text-xs text-muted">{t("purchase.buyHint")}</p>
          )}
          {blocked.length > 0 && (
            <ul className="mt-2 space-y-1 text-xs" data-testid="purchase-blocked">
              {blocked.map((b) => (
                <li key={b.key} className="flex gap-1.5 text-muted" data-reason={b.key}>
                  <span aria-hidden className="mt-1.5 size-1 shrink-0 rounded-full bg-current" />
                  {b.step !== undefined ? (
                    <button type="button" className="text-left hover:text-fg hover:underline" onClick={() => onGoTo(b.step!)}>
                      {b.text}
                    </button>
                  ) : (
                    <span>{b.text}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Card>
  );
}
