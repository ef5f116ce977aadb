import type { Kysely, Migration } from "kysely";

// One row per purchase the wizard submits (issue 6: "a ClientToken created once per submission and stored before
// the first attempt"). The row is written before RunInstances is first sent, so a retry after a lost answer
// reuses the same ClientToken and the cloud replays its first answer instead of buying twice (RunInstances
// seed 8771–8777). The request itself is not stored (it may hold a password): only its fingerprint, to refuse a
// retry that changed the configuration.
export const purchaseIntents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("purchase_intents")
      // Chosen by the browser once per submission (a UUID), so a retry after a lost server-action answer finds it.
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull())
      .addColumn("account_id", "text", (c) => c.notNull())
      .addColumn("region", "text", (c) => c.notNull())
      .addColumn("client_token", "text", (c) => c.notNull().unique())
      /** sha256 of the canonical request without secrets. */
      .addColumn("fingerprint", "text", (c) => c.notNull())
      .addColumn("instance_count", "integer", (c) => c.notNull())
      /** created → sending → succeeded | failed | unknown (see server/actions/purchase/intents.ts). */
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
      /** JSON array of InstanceIds once RunInstances answered. */
      .addColumn("instance_ids", "text")
      .addColumn("request_id", "text")
      .addColumn("error_code", "text")
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("updated_at", "bigint", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("purchase_intents_user_id").on("purchase_intents").column("user_id").execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("purchase_intents").execute();
  },
};
