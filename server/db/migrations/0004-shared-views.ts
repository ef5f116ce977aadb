import type { Kysely, Migration } from "kysely";

// Team-shared read-only views: a link that shows one instance listing (a region or the whole fleet, a search, a set
// of columns) without signing in. Only the SHA-256 of the link's token is stored, so the table (or a backup of it)
// never holds a working link; the link is shown once, when it is created.
export const sharedViews: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("shared_views")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("account_id", "text", (c) => c.notNull())
      .addColumn("region", "text", (c) => c.notNull())
      /** "region" | "all". */
      .addColumn("scope", "text", (c) => c.notNull())
      .addColumn("q", "text", (c) => c.notNull())
      /** JSON array of column ids (lib/instances/columns.ts). */
      .addColumn("columns", "text", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("expires_at", "bigint", (c) => c.notNull())
      .addColumn("revoked_at", "bigint")
      .addColumn("revoked_by", "text")
      .addColumn("last_viewed_at", "bigint")
      .addColumn("view_count", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("shared_views").execute();
  },
};
