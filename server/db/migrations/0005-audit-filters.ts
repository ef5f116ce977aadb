import type { Kysely, Migration } from "kysely";

// Indexes for the audit log's filters (Settings → Audit log). Pages are read newest-first by id, so each
// selective filter gets an index that ends in id: the database walks one user's (one action's, one result's)
// entries in page order and stops after a page instead of sorting all of them. (user_id, id) replaces the
// user_id index of 0001. A time range uses at. "Target contains" has no index: a leading-% LIKE cannot use a
// b-tree on either engine (a trigram index would be Postgres-only); it scans newest-first and stops at a page.
export const auditFilters: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex("audit_log_user_id").execute();
    await db.schema.createIndex("audit_log_user_id_id").on("audit_log").columns(["user_id", "id"]).execute();
    await db.schema.createIndex("audit_log_action_id").on("audit_log").columns(["action", "id"]).execute();
    await db.schema.createIndex("audit_log_result_id").on("audit_log").columns(["result", "id"]).execute();
    await db.schema.createIndex("audit_log_at").on("audit_log").column("at").execute();
  },

  async down(db: Kysely<unknown>) {
    for (const name of ["audit_log_at", "audit_log_result_id", "audit_log_action_id", "audit_log_user_id_id"]) {
      await db.schema.dropIndex(name).execute();
    }
    await db.schema.createIndex("audit_log_user_id").on("audit_log").column("user_id").execute();
  },
};
