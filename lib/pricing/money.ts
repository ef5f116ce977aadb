/**
 * CNY as the pricing page shows it: the narrow ¥ sign (the page states the currency once), two decimals, and up to
 * four for sub-yuan hourly prices (spot prices such as ¥0.0725/hour, as the API returns them).
 */
export function formatYuan(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: 2,
    maximumFractionDigits: Math.abs(amount) < 1 ? 4 : 2,
  }).format(amount);
}
