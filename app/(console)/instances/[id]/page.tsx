import type { Metadata } from "next";
import { HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import { getConsoleContextOrRedirect } from "@/server/context";
import { describeInstance, listInstanceHistory } from "@/server/queries/instances";
import { toActionError } from "@/server/actions/action-error";
import { getI18n } from "@/lib/i18n/server";
import { hasRole } from "@/lib/roles";
import { isRegionId } from "@/lib/region";
import { dehydrateEntries } from "@/lib/queries/hydration";
import { instanceKeys } from "@/lib/instances/query-keys";
import { INSTANCE_ID, type InstanceDetail } from "@/lib/instances/list-result";
import { NoAccountPanel } from "@/components/shell/no-account-panel";
import { PageHeader } from "@/components/shell/page-header";
import { InstanceNotFound } from "@/components/instances/detail/not-found";
import { InstanceDetailClient } from "./client";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: id };
}

/** One instance: `?region=` says where (links from the list always carry it), else the header's region. */
export default async function InstanceDetailPage({ params, searchParams }: Props) {
  const [{ id }, search, ctx] = await Promise.all([params, searchParams, getConsoleContextOrRedirect()]);
  const { t } = await getI18n();
  const { user, account, locale } = ctx;
  const asked = typeof search.region === "string" ? search.region : undefined;
  const region = isRegionId(asked) ? asked : ctx.region;
  if (!account) {
    return (
      <>
        <PageHeader title={id} />
        <NoAccountPanel isAdmin={hasRole(user.role, "admin")} />
      </>
    );
  }
  if (!INSTANCE_ID.test(id)) return <InstanceNotFound id={id} region={region} malformed />;

  const [instance, history] = await Promise.all([
    describeInstance(account.id, region, id).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    listInstanceHistory(id),
  ]);
  if ("value" in instance && !instance.value) return <InstanceNotFound id={id} region={region} />;
  const entries: Array<[QueryKey, unknown]> = [];
  if ("value" in instance && instance.value) {
    const detail: InstanceDetail = { Instance: instance.value, history, asOf: new Date().toISOString() };
    entries.push([instanceKeys.detail(account.id, region, id), detail]);
  }
  return (
    <HydrationBoundary state={dehydrateEntries(entries)}>
      <InstanceDetailClient
        accountId={account.id}
        region={region}
        instanceId={id}
        role={user.role}
        language={locale}
        serverError={"error" in instance ? toActionError(instance.error, t) : null}
      />
    </HydrationBoundary>
  );
}
