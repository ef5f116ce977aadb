import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AuthError } from "@/server/auth/errors";
import { requireRole, type SessionUser } from "@/server/auth/session";
import { listCloudAccounts, type CloudAccountView } from "@/server/accounts/store";
import { describeRegions } from "@/server/queries/regions";
import { getI18n } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import { ACCOUNT_COOKIE, REGION_COOKIE } from "@/lib/cookies";
import { pickAccount, pickRegion } from "@/lib/console-context";

export type ConsoleContext = {
  user: SessionUser;
  account: CloudAccountView | null;
  accounts: CloudAccountView[];
  region: string;
  locale: Locale;
};

/**
 * Who is asking, against which cloud account and region, in which language. Throws AuthError (401) when
 * nobody is signed in; pages, routes and actions decide how to answer that. Memoised per request.
 */
export const getConsoleContext = cache(async (): Promise<ConsoleContext> => {
  const user = await requireRole("viewer");
  const [cookieStore, { locale }, accounts] = await Promise.all([cookies(), getI18n(), listCloudAccounts()]);
  const account = pickAccount(accounts, cookieStore.get(ACCOUNT_COOKIE)?.value);
  let known: string[] | null = null;
  if (account) {
    known = await describeRegions(account.id, locale).then(
      (regions) => regions.map((r) => r.Region),
      () => null,
    );
  }
  const region = pickRegion(cookieStore.get(REGION_COOKIE)?.value, account, known);
  return { user, account, accounts, region, locale };
});

/** For pages: like getConsoleContext, but a signed-out visitor is sent to the login page. */
export async function getConsoleContextOrRedirect(): Promise<ConsoleContext> {
  try {
    return await getConsoleContext();
  } catch (err) {
    if (err instanceof AuthError && err.status === 401) redirect("/login");
    throw err;
  }
}
