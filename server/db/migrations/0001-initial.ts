import { sql, type Kysely, type Migration } from "kysely";

// Types chosen to mean the same on SQLite and Postgres (see ../schema.ts).
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("users")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("updated_at", "bigint", (c) => c.notNull())
      .addColumn("last_login_at", "bigint")
      .execute();

    await db.schema
      .createTable("cloud_accounts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull().unique())
      .addColumn("endpoint", "text", (c) => c.notNull())
      .addColumn("secret_id", "text", (c) => c.notNull())
      .addColumn("secret_key_enc", "text", (c) => c.notNull())
      .addColumn("default_region", "text", (c) => c.notNull())
      .addColumn("is_default", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("updated_at", "bigint", (c) => c.notNull())
      .execute();
    // Partial unique index (both engines support it): the database itself refuses two defaults.
    await db.schema
      .createIndex("cloud_accounts_one_default")
      .on("cloud_accounts")
      .column("is_default")
      .unique()
      .where(sql.ref("is_default"), "=", 1)
      .execute();

    await db.schema
      .createTable("audit_log")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("at", "bigint", (c) => c.notNull())
      // No foreign key: the trail outlives the user it mentions.
      .addColumn("user_id", "text")
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("target", "text")
      .addColumn("detail", "text")
      .addColumn("result", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("audit_log_user_id").on("audit_log").column("user_id").execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("audit_log").execute();
    await db.schema.dropTable("cloud_accounts").execute();
    await db.schema.dropTable("users").execute();
  },
};
