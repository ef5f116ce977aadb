import { FALLBACK_REGION, isRegionId } from "./region";

// Pure choices behind server/context.ts, kept here so they can be unit-tested without a request.
type AccountLike = { id: string; isDefault: boolean; defaultRegion: string };

/** The cookie's account if it still exists, else the default account, else the first one. */
export function pickAccount<A extends AccountLike>(accounts: A[], cookieValue: string | undefined): A | null {
  return accounts.find((a) => a.id === cookieValue) ?? accounts.find((a) => a.isDefault) ?? accounts[0] ?? null;
}

/**
 * The cookie's region if it is well formed and (when the region list could be fetched) offered to the
 * account; else the account's default region; else ap-guangzhou (or the first offered region).
 */
export function pickRegion(cookieValue: string | undefined, account: AccountLike | null, known: string[] | null): string {
  const offered = (region: string | undefined): region is string =>
    isRegionId(region) && (known === null || known.includes(region));
  if (offered(cookieValue)) return cookieValue;
  if (offered(account?.defaultRegion)) return account.defaultRegion;
  if (known && known.length > 0 && !known.includes(FALLBACK_REGION)) return known[0];
  return FALLBACK_REGION;
}
