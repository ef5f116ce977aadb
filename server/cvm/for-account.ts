import "server-only";
import { createHash } from "node:crypto";
import { getCloudAccountCredentials } from "@/server/accounts/credentials";
import { CvmClient } from "./client";

interface Cached {
  fingerprint: string;
  client: CvmClient;
}

// One client per account, so its keep-alive sockets, rate-limit buckets and circuit breakers are shared by every
// request in this server process. Kept on globalThis so Next's dev-mode module reloads don't leak agents.
const globalKey = Symbol.for("cvm-console.cvmClients");
const clients: Map<string, Cached> = ((globalThis as Record<symbol, unknown>)[globalKey] ??= new Map()) as Map<
  string,
  Cached
>;

/**
 * The CVM client for a cloud account (the default account when `accountId` is undefined). Changing the
 * account's endpoint or keys yields a fresh client. The old one is not closed (a request may still be using it);
 * its idle keep-alive sockets time out on their own.
 */
export async function getCvmClient(accountId?: string): Promise<CvmClient> {
  const account = await getCloudAccountCredentials(accountId);
  // A hash, so the cache key never holds the secret itself.
  const fingerprint = createHash("sha256")
    .update(`${account.endpoint}\n${account.secretId}\n${account.secretKey}`)
    .digest("hex");
  const cached = clients.get(account.id);
  if (cached?.fingerprint === fingerprint) return cached.client;

  const client = new CvmClient({ endpoint: account.endpoint, secretId: account.secretId, secretKey: account.secretKey });
  clients.set(account.id, { fingerprint, client });
  return client;
}

/** Drops every cached client (tests; an account deleted). */
export function resetCvmClients(): void {
  for (const { client } of clients.values()) client.close();
  clients.clear();
}
