import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import { getConsoleContextOrRedirect } from "@/server/context";
import { toActionError } from "@/server/actions/action-error";
import type { Where } from "@/server/queries/resource-scope";
import type { ActionError } from "@/lib/action-result";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { hasRole } from "@/lib/roles";
import { dehydrateEntries } from "@/lib/queries/hydration";
import { NoAccountPanel } from "@/components/shell/no-account-panel";
import { PageHeader } from "@/components/shell/page-header";

/** What every resource page's client part receives. */
export interface ResourcePageProps {
  accountId: string;
  region: string;
  language: Where["language"];
  /** Operators and admins change things; viewers see the same page read-only. */
  canWrite: boolean;
  /** The server's first read failed: shown until the client's own attempt answers. */
  serverError: ActionError | null;
}

export async function resourceMetadata(title: MessageKey): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t(title) };
}

/**
 * The server half of a resource page: who and where (viewer role inside getConsoleContext), the first read done here
 * and handed to React Query (so the list renders at once; later refetches go through the GET route), and the "no
 * cloud account yet" panel when there is nothing to read.
 */
export async function ResourcePage({
  title,
  description,
  load,
  children,
}: {
  title: MessageKey;
  description: MessageKey;
  load: (where: Where) => Promise<Array<[QueryKey, unknown]>>;
  children: (props: ResourcePageProps) => ReactNode;
}) {
  const { user, account, region, locale } = await getConsoleContextOrRedirect();
  const { t } = await getI18n();
  if (!account) {
    return (
      <>
        <PageHeader title={t(title)} description={t(description)} />
        <NoAccountPanel isAdmin={hasRole(user.role, "admin")} />
      </>
    );
  }
  let entries: Array<[QueryKey, unknown]> = [];
  let serverError: ActionError | null = null;
  try {
    entries = await load({ accountId: account.id, region, language: locale });
  } catch (err) {
    serverError = toActionError(err, t);
  }
  return (
    <HydrationBoundary state={dehydrateEntries(entries)}>
      {children({ accountId: account.id, region, language: locale, canWrite: hasRole(user.role, "operator"), serverError })}
    </HydrationBoundary>
  );
}
