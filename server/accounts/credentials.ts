import "server-only";
import type { Kysely } from "kysely";
import { openSecret } from "@/server/crypto/secret-box";
import { getDb } from "@/server/db/connection";
import { NotFoundError } from "@/server/db/errors";
import type { Database } from "@/server/db/schema";
import { ENV_ACCOUNT_ID, readEnvAccount } from "./env-account";
import { isSimulationEndpoint } from "./view";

// The only place a plain secret key leaves the accounts module: for server/cvm to sign requests.

export interface CloudAccountCredentials {
  id: string;
  name: string;
  endpoint: string;
  secretId: string;
  secretKey: string;
  defaultRegion: string;
  isSimulation: boolean;
}

/** `id` absent: the stored account marked default, else the environment account. */
export async function getCloudAccountCredentials(id?: string, db?: Kysely<Database>): Promise<CloudAccountCredentials> {
  if (id !== ENV_ACCOUNT_ID) {
    const row = await (db ?? (await getDb()))
      .selectFrom("cloud_accounts")
      .selectAll()
      .$if(id === undefined, (q) => q.where("is_default", "=", 1))
      .$if(id !== undefined, (q) => q.where("id", "=", id!))
      .executeTakeFirst();
    if (row) {
      return {
        id: row.id,
        name: row.name,
        endpoint: row.endpoint,
        secretId: row.secret_id,
        secretKey: openSecret(row.secret_key_enc, row.id),
        defaultRegion: row.default_region,
        isSimulation: isSimulationEndpoint(row.endpoint),
      };
    }
    if (id !== undefined) throw new NotFoundError(`Cloud account "${id}" not found`);
  }
  const env = readEnvAccount();
  if (env) return { ...env, isSimulation: isSimulationEndpoint(env.endpoint) };
  throw new NotFoundError(
    id === ENV_ACCOUNT_ID
      ? "The environment cloud account is not configured (TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are unset)"
      : "No cloud account configured: add one in Settings → Cloud accounts or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY",
  );
}
