import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import { AuthError } from "@/server/auth/errors";
import { getConsoleContext } from "@/server/context";
import { describeRegions, describeZones } from "@/server/queries/regions";
import { toActionError } from "@/server/actions/action-error";
import { getI18n } from "@/lib/i18n/server";
import type { ActionError } from "@/lib/action-result";
import { regionKeys } from "@/lib/queries/region-keys";
import { dehydrateEntries } from "@/lib/queries/hydration";
import { BrandMark } from "@/components/shell/brand-mark";
import { CloudErrorPanel } from "@/components/shell/cloud-error-panel";
import { ForbiddenPanel } from "@/components/shell/forbidden-panel";
import { Header } from "@/components/shell/header";
import { Sidebar } from "@/components/shell/sidebar";
import { SessionKeepalive } from "@/components/shell/session-keepalive";

// Reads the session, cookies and the cloud on every request: never prerender.
export const dynamic = "force-dynamic";

async function loadContext() {
  try {
    return { ctx: await getConsoleContext() }; // requireRole("viewer") inside
  } catch (err) {
    if (err instanceof AuthError) return { authStatus: err.status };
    throw err;
  }
}

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const { ctx, authStatus } = await loadContext();
  if (!ctx) {
    if (authStatus === 401) redirect("/login");
    return <ForbiddenPanel />; // signed in, but not allowed in (e.g. the account was disabled)
  }
  const { t } = await getI18n();
  const { account, region, locale } = ctx;

  // Regions and zones for the header; a failure still renders the shell, with the error on top.
  const entries: Array<[QueryKey, unknown]> = [];
  let cloudError: ActionError | null = null;
  if (account) {
    const [regions, zones] = await Promise.allSettled([
      describeRegions(account.id, locale),
      describeZones(account.id, region, locale),
    ]);
    if (regions.status === "fulfilled") entries.push([regionKeys.list(account.id, locale), regions.value]);
    if (zones.status === "fulfilled") entries.push([regionKeys.zones(account.id, region, locale), zones.value]);
    const failed = [regions, zones].find((r) => r.status === "rejected");
    if (failed) cloudError = toActionError(failed.reason, t);
  }

  return (
    <HydrationBoundary state={dehydrateEntries(entries)}>
      <div className="flex h-screen overflow-hidden">
        <SessionKeepalive />
        <Sidebar brand={<BrandMark />} />
        <div className="flex min-w-0 flex-1 flex-col">
          <Header {...ctx} />
          <main className="flex-1 overflow-y-auto px-6 py-5">
            {cloudError && (
              <div className="mb-4">
                <CloudErrorPanel error={cloudError} t={t} title={t("cloudError.shellTitle")} />
              </div>
            )}
            {children}
          </main>
        </div>
      </div>
    </HydrationBoundary>
  );
}
