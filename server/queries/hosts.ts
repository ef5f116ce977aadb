import "server-only";
import type { HostItem, ChcHost } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import { getCvmClient } from "@/server/cvm/for-account";
import { toUserError } from "@/server/errors/to-user-error";
import { toChcView, toHostInstance, toHostView, type ChcList, type HostInstance, type HostList, type HostPriceQuote } from "@/lib/hosts/types";

// Reads of the Hosts page (server components and the GET routes under /api/hosts). Callers have checked the role
// (getConsoleContext → requireRole("viewer")).

/** seed 22240 / 23594: Limit at most 100; a region's hosts are few (CDH quota), the cap only bounds a runaway. */
const PAGE = 100;
const MAX_LISTED = 1000;

/** The instances on the hosts, named (DescribeInstances by InstanceIds, 100 per call, seed 10104). */
async function describeHostInstances(accountId: string, region: string, ids: readonly string[]): Promise<Map<string, HostInstance>> {
  const client = await getCvmClient(accountId);
  const out = new Map<string, HostInstance>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += PAGE) {
    const res = await client.call("DescribeInstances", { InstanceIds: unique.slice(i, i + PAGE), Limit: PAGE }, { region });
    for (const inst of res.InstanceSet ?? []) if (inst.InstanceId) out.set(inst.InstanceId, toHostInstance(inst));
  }
  return out;
}

/** Every CDH host of the region (DescribeHosts, seed 22109–22443), with the instances on each. */
export async function listHosts(accountId: string, region: string): Promise<HostList> {
  const client = await getCvmClient(accountId);
  const hosts: HostItem[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_LISTED; offset += PAGE) {
    const res = await client.call("DescribeHosts", { Offset: offset, Limit: PAGE }, { region });
    total = res.TotalCount ?? 0;
    const page = res.HostSet ?? [];
    hosts.push(...page);
    if (page.length < PAGE || hosts.length >= total) break;
  }
  const instances = await describeHostInstances(accountId, region, hosts.flatMap((h) => h.InstanceIds ?? []));
  return { HostSet: hosts.map((h) => toHostView(h, instances)), TotalCount: total, asOf: new Date().toISOString() };
}

/**
 * Every CHC server of the region (DescribeChcHosts, seed 23523–23930) with the actions its state denies
 * (DescribeChcDeniedActions, seed 22848–23047). When the second call fails the list still shows, and says so.
 */
export async function listChcHosts(accountId: string, region: string): Promise<ChcList> {
  const client = await getCvmClient(accountId);
  const servers: ChcHost[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_LISTED; offset += PAGE) {
    const res = await client.call("DescribeChcHosts", { Offset: offset, Limit: PAGE }, { region });
    total = res.TotalCount ?? 0;
    const page = res.ChcHostSet ?? [];
    servers.push(...page);
    if (page.length < PAGE || servers.length >= total) break;
  }
  const denied = new Map<string, string[]>();
  let deniedUnavailable: ChcList["deniedUnavailable"];
  const ids = servers.map((s) => s.ChcId ?? "").filter(Boolean);
  try {
    for (let i = 0; i < ids.length; i += PAGE) {
      const res = await client.call("DescribeChcDeniedActions", { ChcIds: ids.slice(i, i + PAGE) }, { region });
      for (const d of res.ChcHostDeniedActionSet ?? []) denied.set(d.ChcId, d.DenyActions ?? []);
    }
  } catch (err) {
    deniedUnavailable = toUserError(err);
  }
  return {
    ChcHostSet: servers.map((s) => toChcView(s, denied.get(s.ChcId ?? "") ?? [])),
    TotalCount: total,
    ...(deniedUnavailable ? { deniedUnavailable } : {}),
    asOf: new Date().toISOString(),
  };
}

/** InquiryPriceRenewHosts (seed 21924–22108): what renewing these hosts for `period` months costs. */
export async function quoteHostRenewal(accountId: string, region: string, hostIds: readonly string[], period: number): Promise<HostPriceQuote> {
  const client = await getCvmClient(accountId);
  const res = await client.call("InquiryPriceRenewHosts", { HostIds: [...hostIds], HostChargePrepaid: { Period: period } }, { region });
  const p = res.Price?.HostPrice;
  const amount = p?.DiscountPrice ?? p?.OriginalPrice ?? 0;
  const original = p?.OriginalPrice ?? undefined;
  return { amount, ...(original !== undefined && original !== amount ? { original } : {}), requestId: res.RequestId ?? "" };
}
