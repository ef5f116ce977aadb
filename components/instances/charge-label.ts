import type { Translate } from "@/lib/i18n/translate";

const KNOWN = ["PREPAID", "POSTPAID_BY_HOUR", "CDHPAID", "SPOTPAID", "CDCPAID"] as const;

/** Billing mode in words ("Pay as you go"); the API code is kept for anything we do not know. */
export function chargeLabel(t: Translate, code: string | undefined): string {
  if (!code) return "";
  return (KNOWN as readonly string[]).includes(code) ? t(`instances.charge.${code as (typeof KNOWN)[number]}`) : code;
}
