// Money is computed in integer fen (0.01 CNY) and only turned into yuan for the wire. The rule, used everywhere:
//   1. A unit price (one instance, disk or bandwidth for one hour or one month) is rounded half-up to the fen once.
//   2. Totals are unit × whole quantities (hours, months, instances): exact, no further rounding.
//   3. A discount is applied to a total and rounded half-up to the fen (DiscountPrice = round(Original × pct / 100)).
//   4. Prorations (resize, type change, bandwidth change) round half-up; refunds round down, so a refund never
//      exceeds what was paid.
// So a price shown before purchase is exactly what renew / resize / refund later compute from the same inputs.

/** Fractional fen → whole fen, half-up, immune to binary noise (0.145 × 100 = 14.499999… counts as 14.5). */
export function roundFen(fen: number): number {
  return Math.round(Number(fen.toPrecision(12)));
}

export function floorFen(fen: number): number {
  return Math.floor(Number(fen.toPrecision(12)));
}

/** Yuan (possibly with many decimals) → whole fen, half-up. */
export function toFen(yuan: number): number {
  return roundFen(yuan * 100);
}

/** Whole fen → yuan with at most 2 decimals, as the API's Float fields carry it. */
export function toYuan(fen: number): number {
  return Math.round(fen) / 100;
}

/** A percentage discount (83 = 83%, the API's "83.0 代表8.3折") applied to a total in fen. */
export function applyPercent(fen: number, percent: number): number {
  return roundFen((fen * percent) / 100);
}

export const DAY_MS = 86_400_000;

export type TimeInput = Date | string | number;

export function toMs(t: TimeInput): number {
  const ms = t instanceof Date ? t.getTime() : typeof t === "number" ? t : Date.parse(t);
  if (!Number.isFinite(ms)) throw new Error(`pricing: not a time: ${String(t)}`);
  return ms;
}
