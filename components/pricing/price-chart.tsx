"use client";

import { useLocale, useT } from "@/lib/i18n/provider";
import { formatYuan } from "@/lib/pricing/money";
import { priceOf, type MatrixState } from "@/lib/pricing/matrix";
import { PRICING_MODES, type PricingMode } from "@/lib/pricing/spec";
import type { PricingRow } from "@/lib/pricing/types";

export const CHART_ROWS = 12;

const DOT: Record<PricingMode, string> = {
  hourly: "fill-sky-500",
  month1: "fill-violet-500",
  month12: "fill-emerald-500",
  month36: "fill-amber-500",
  spot: "fill-rose-500",
};

const clip = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join("")}…` : text);

/** 1, 2 or 5 × a power of ten: axis steps a reader can add up. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

const W = 1000;
const LABEL_W = 270;
const RIGHT = 16;
const ROW_H = 18;
const AXIS_H = 26;

/**
 * A dot plot of the first rows in table order: one dot per charge mode at its cost for a month, so the gap between
 * pay-as-you-go, prepaid terms and spot is visible at a glance. Hollow dots are catalogue estimates still being
 * priced; the cheapest cell of each mode is ringed. Plain SVG: no chart library on the page.
 */
export function PriceChart({ state, rows, cheapest }: { state: MatrixState; rows: readonly PricingRow[]; cheapest: ReadonlySet<string> }) {
  const t = useT();
  const locale = useLocale();
  const shown = rows.filter((r) => Object.values(r.cells).some((c) => c.status === "SELL")).slice(0, CHART_ROWS);
  const points = shown.flatMap((row, i) =>
    PRICING_MODES.flatMap((mode) => {
      const cell = row.cells[mode];
      if (!cell || cell.status !== "SELL") return [];
      const { price, exact } = priceOf(state, cell);
      return [{ row, i, mode, cell, value: price.monthly, exact }];
    }),
  );
  const max = Math.max(0, ...points.map((p) => p.value));
  const step = niceStep(max / 4);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const x = (v: number) => LABEL_W + (v / top) * (W - LABEL_W - RIGHT);
  const h = shown.length * ROW_H + AXIS_H;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, k) => k * step);
  const regional = rows.some((r) => !r.zone);

  if (shown.length === 0) return null;
  return (
    <figure data-testid="pricing-chart" className="px-4 py-3">
      <figcaption className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
        {PRICING_MODES.map((mode) => (
          <span key={mode} className="inline-flex items-center gap-1">
            <svg aria-hidden viewBox="0 0 8 8" className="size-2">
              <circle cx="4" cy="4" r="4" className={DOT[mode]} />
            </svg>
            {t(`pricing.mode.${mode}`)}
          </span>
        ))}
        <span className="ml-auto">{t("pricing.chart.axis")}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${h}`} width="100%" role="img" aria-label={t("pricing.chart.title", { n: shown.length })} className="overflow-visible text-[11px]">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={0} y2={shown.length * ROW_H} className="stroke-line" strokeDasharray={v === 0 ? undefined : "2 3"} />
            <text x={x(v)} y={shown.length * ROW_H + 16} textAnchor="middle" className="fill-muted tabular-nums">
              {formatYuan(v, locale).replace(/\.00$/, "")}
            </text>
          </g>
        ))}
        {shown.map((row, i) => (
          <g key={row.id}>
            {i % 2 === 1 && <rect x={0} y={i * ROW_H} width={W} height={ROW_H} className="fill-subtle" opacity={0.6} />}
            <text x={LABEL_W - 8} y={i * ROW_H + 13} textAnchor="end" className="fill-fg">
              <tspan className="font-mono">{row.InstanceType}</tspan>
              <tspan className="fill-muted"> {clip(regional ? row.regionName : (row.zoneName ?? ""), 22)}</tspan>
            </text>
          </g>
        ))}
        {points.map((p) => {
          const ring = cheapest.has(p.cell.id);
          return (
            <circle
              key={p.cell.id}
              data-testid="pricing-chart-dot"
              data-mode={p.mode}
              cx={x(p.value)}
              cy={p.i * ROW_H + ROW_H / 2}
              r={ring ? 5 : 3.5}
              className={p.exact ? DOT[p.mode] : "fill-surface"}
              style={ring ? { stroke: "var(--color-fg)" } : p.exact ? undefined : { stroke: "var(--color-muted)" }}
              strokeWidth={ring ? 1.5 : 1}
            >
              <title>{`${p.row.InstanceType} · ${p.cell.zoneName} · ${t(`pricing.mode.${p.mode}`)}: ${formatYuan(p.value, locale)}${t("pricing.unit.month")}`}</title>
            </circle>
          );
        })}
      </svg>
    </figure>
  );
}
