import type { Kysely, Migration } from "kysely";

// Per-user settings that follow the user across browsers (e.g. the instance table's columns and density).
// value is JSON text; the reader validates it, so an old or hand-edited value never breaks a page.
export const userPreferences: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("user_preferences")
      // No foreign key, like audit_log: deleting a user is rare and a stale row is harmless.
      .addColumn("user_id", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("updated_at", "bigint", (c) => c.notNull())
      .addPrimaryKeyConstraint("user_preferences_pk", ["user_id", "key"])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("user_preferences").execute();
  },
};
