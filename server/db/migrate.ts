import { Migrator, type Kysely } from "kysely";
import { migrations } from "./migrations";
import type { Database } from "./schema";

/** Brings the schema up to date. Kysely's migrator takes a lock, so two processes starting together are safe. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (!error) return;
  const failed = results?.find((r) => r.status === "Error")?.migrationName;
  // No failed migration means we never got that far (unreachable server, bad credentials, lock): say so.
  // Driver messages name host and user at most, never the password.
  const reason = error instanceof Error ? error.message : String(error);
  throw new Error(failed ? `Database migration ${failed} failed: ${reason}` : `Could not open the database: ${reason}`, { cause: error });
}
