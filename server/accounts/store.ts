import type { Kysely, Selectable } from "kysely";
import type { z } from "zod";
import { sealSecret } from "@/server/crypto/secret-box";
import { getDb } from "@/server/db/connection";
import { NotFoundError, ValidationError } from "@/server/db/errors";
import type { CloudAccountsTable, Database } from "@/server/db/schema";
import { isUniqueViolation, newId, toBool } from "@/server/db/values";
import { ENV_ACCOUNT_ID, readEnvAccount } from "./env-account";
import { CreateCloudAccountInput, UpdateCloudAccountInput } from "./schemas";
import { isSimulationEndpoint, maskSecretId, type CloudAccountView } from "./view";

// Cloud accounts the console calls Tencent (or the emulator) with. Secret keys are sealed with the
// secret box, bound to the account id. This module never returns a secret key; the one that does is
// ./credentials.ts ("server-only"), kept separate so tsx scripts can still import this store.

export { NotFoundError, ValidationError, type CloudAccountView };

type Db = Kysely<Database>;
type AccountRow = Selectable<CloudAccountsTable>;

const READ_ONLY = "This account comes from environment variables and cannot be changed here";

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}

function toView(row: AccountRow): CloudAccountView {
  return {
    id: row.id,
    name: row.name,
    endpoint: row.endpoint,
    secretIdMasked: maskSecretId(row.secret_id),
    defaultRegion: row.default_region,
    isDefault: toBool(row.is_default),
    source: "db",
    isSimulation: isSimulationEndpoint(row.endpoint),
  };
}

function duplicateName(error: unknown): never {
  if (isUniqueViolation(error)) throw new ValidationError({ name: "An account with this name already exists" });
  throw error;
}

/** The environment account (if configured) first, then stored accounts by name. */
export async function listCloudAccounts(db?: Db): Promise<CloudAccountView[]> {
  const rows = await (db ?? (await getDb())).selectFrom("cloud_accounts").selectAll().orderBy("name").execute();
  const views = rows.map(toView);
  const env = readEnvAccount();
  if (!env) return views;
  const envView: CloudAccountView = {
    id: env.id,
    name: env.name,
    endpoint: env.endpoint,
    secretIdMasked: maskSecretId(env.secretId),
    defaultRegion: env.defaultRegion,
    // The env account is used whenever no stored account is marked default.
    isDefault: !views.some((v) => v.isDefault),
    source: "env",
    isSimulation: isSimulationEndpoint(env.endpoint),
  };
  return [envView, ...views];
}

export async function getCloudAccount(id: string, db?: Db): Promise<CloudAccountView | null> {
  if (id === ENV_ACCOUNT_ID) return (await listCloudAccounts(db)).find((a) => a.id === ENV_ACCOUNT_ID) ?? null;
  const row = await (db ?? (await getDb())).selectFrom("cloud_accounts").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toView(row) : null;
}

/** The first stored account becomes the default unless the environment already provides one. */
export async function createCloudAccount(input: CreateCloudAccountInput, db?: Db): Promise<CloudAccountView> {
  const data = parse(CreateCloudAccountInput, input);
  const id = newId();
  const now = Date.now();
  const database = db ?? (await getDb());
  return database.transaction().execute(async (trx) => {
    const hasDefault = !!readEnvAccount() || !!(await trx.selectFrom("cloud_accounts").select("id").where("is_default", "=", 1).executeTakeFirst());
    const row: AccountRow = {
      id,
      name: data.name,
      endpoint: data.endpoint,
      secret_id: data.secretId,
      secret_key_enc: sealSecret(data.secretKey, id),
      default_region: data.defaultRegion,
      is_default: hasDefault ? 0 : 1,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto("cloud_accounts").values(row).execute().catch(duplicateName);
    return toView(row);
  });
}

export async function updateCloudAccount(id: string, patch: UpdateCloudAccountInput, db?: Db): Promise<CloudAccountView> {
  if (id === ENV_ACCOUNT_ID) throw new ValidationError({ form: READ_ONLY });
  const data = parse(UpdateCloudAccountInput, patch);
  const database = db ?? (await getDb());
  return database.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("cloud_accounts").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw new NotFoundError("Cloud account not found");
    // The old key belongs to the old SecretId: a new id without its key would leave a broken pair.
    if (data.secretId !== undefined && data.secretId !== row.secret_id && data.secretKey === undefined) {
      throw new ValidationError({ secretKey: "Enter the SecretKey that belongs to the new SecretId" });
    }
    const changes = {
      ...(data.name !== undefined && { name: data.name }),
      ...(data.endpoint !== undefined && { endpoint: data.endpoint }),
      ...(data.secretId !== undefined && { secret_id: data.secretId }),
      ...(data.secretKey !== undefined && { secret_key_enc: sealSecret(data.secretKey, id) }),
      ...(data.defaultRegion !== undefined && { default_region: data.defaultRegion }),
      updated_at: Date.now(),
    };
    await trx.updateTable("cloud_accounts").set(changes).where("id", "=", id).execute().catch(duplicateName);
    return toView({ ...row, ...changes });
  });
}

/**
 * Deleting the default hands "default" to the oldest remaining account when there is no environment
 * account to fall back on, so the console keeps working.
 */
export async function deleteCloudAccount(id: string, db?: Db): Promise<void> {
  if (id === ENV_ACCOUNT_ID) throw new ValidationError({ form: READ_ONLY });
  const database = db ?? (await getDb());
  await database.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("cloud_accounts").select(["id", "is_default"]).where("id", "=", id).executeTakeFirst();
    if (!row) throw new NotFoundError("Cloud account not found");
    await trx.deleteFrom("cloud_accounts").where("id", "=", id).execute();
    if (!toBool(row.is_default) || readEnvAccount()) return;
    const next = await trx.selectFrom("cloud_accounts").select("id").orderBy("created_at").orderBy("id").executeTakeFirst();
    if (next) await trx.updateTable("cloud_accounts").set({ is_default: 1 }).where("id", "=", next.id).execute();
  });
}

/** Marks one stored account as the default; "env" clears the stored default so the env account is used. */
export async function setDefaultCloudAccount(id: string, db?: Db): Promise<void> {
  const database = db ?? (await getDb());
  if (id === ENV_ACCOUNT_ID && !readEnvAccount()) throw new NotFoundError("Cloud account not found");
  await database.transaction().execute(async (trx) => {
    if (id !== ENV_ACCOUNT_ID) {
      const exists = await trx.selectFrom("cloud_accounts").select("id").where("id", "=", id).executeTakeFirst();
      if (!exists) throw new NotFoundError("Cloud account not found");
    }
    // Clear first: the partial unique index allows only one row with is_default = 1 at any moment.
    await trx.updateTable("cloud_accounts").set({ is_default: 0 }).where("is_default", "=", 1).execute();
    if (id !== ENV_ACCOUNT_ID) await trx.updateTable("cloud_accounts").set({ is_default: 1, updated_at: Date.now() }).where("id", "=", id).execute();
  });
}
