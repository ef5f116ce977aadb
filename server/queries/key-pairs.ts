import "server-only";
import type { Instance, KeyPair } from "tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_models";
import type { BindableInstance } from "@/lib/key-pairs/binding";
import type { BindableInstanceList, KeyPairList, KeyPairRow } from "@/lib/key-pairs/types";
import { cvmFor, pageAll, PAGE_LIMIT, type Where } from "./resource-scope";

// Reads of the key pair page. A private key never passes here: DescribeKeyPairs does not return one (seed 28511).

function toRow(k: KeyPair): KeyPairRow {
  return {
    KeyId: k.KeyId ?? "",
    KeyName: k.KeyName ?? "",
    Description: k.Description ?? "",
    ProjectId: k.ProjectId ?? 0,
    PublicKey: k.PublicKey ?? "",
    AssociatedInstanceIds: k.AssociatedInstanceIds ?? [],
    CreatedTime: k.CreatedTime ?? "",
  };
}

/** Every key pair of the region (the API allows a few hundred per region), newest first. */
export async function listKeyPairs(w: Where): Promise<KeyPairList> {
  const { client, opts } = await cvmFor(w);
  const { total, items } = await pageAll(async (Offset, Limit) => {
    const res = await client.call("DescribeKeyPairs", { Offset, Limit }, opts);
    return { total: res.TotalCount ?? 0, items: (res.KeyPairSet ?? []).map(toRow) };
  });
  items.sort((a, b) => b.CreatedTime.localeCompare(a.CreatedTime));
  return { TotalCount: total, KeyPairSet: items };
}

function toBindable(i: Instance): BindableInstance {
  return {
    InstanceId: i.InstanceId ?? "",
    InstanceName: i.InstanceName ?? "",
    InstanceState: i.InstanceState ?? "",
    OsName: i.OsName ?? "",
    KeyIds: i.LoginSettings?.KeyIds ?? [],
    StopChargingMode: i.StopChargingMode ?? "",
    Zone: i.Placement?.Zone ?? "",
  };
}

const INSTANCE_ID = /^ins-[a-z0-9]{8}$/;

/**
 * Instances for the bind dialogs: the given ids (the key's bound instances), or a search (an instance id, or part of
 * a name), or the first 100 of the region. One DescribeInstances call (40/s, seed 9866).
 */
export async function listBindableInstances(w: Where, query: { ids?: string[]; q?: string }): Promise<BindableInstanceList> {
  const { client, opts } = await cvmFor(w);
  const q = query.q?.trim() ?? "";
  const params = query.ids?.length
    ? { InstanceIds: query.ids.slice(0, PAGE_LIMIT), Limit: PAGE_LIMIT }
    : INSTANCE_ID.test(q)
      ? { InstanceIds: [q], Limit: 1 }
      : { Filters: q ? [{ Name: "instance-name", Values: [q] }] : undefined, Limit: PAGE_LIMIT };
  const res = await client.call("DescribeInstances", params, opts);
  return { TotalCount: res.TotalCount ?? 0, InstanceSet: (res.InstanceSet ?? []).map(toBindable) };
}
