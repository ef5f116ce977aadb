// One schema for SQLite and Postgres. Portable choices:
// - ids are text (random UUIDs; audit ids are time-sortable text, see audit/log.ts);
// - timestamps are epoch milliseconds in a bigint column (Postgres bigint is parsed back to a number
//   by the pool, see connection.ts; mappers still Number() them so a string can never leak out);
// - booleans are integers 0/1 (SQLite has no boolean type).

export interface UsersTable {
  id: string;
  /** Always stored lower-cased; unique. */
  email: string;
  name: string;
  password_hash: string;
  role: string;
  disabled: number;
  created_at: number;
  updated_at: number;
  last_login_at: number | null;
}

export interface CloudAccountsTable {
  id: string;
  name: string;
  endpoint: string;
  secret_id: string;
  /** AES-256-GCM box from server/crypto/secret-box.ts; never the plain key. */
  secret_key_enc: string;
  default_region: string;
  /** 1 for at most one row (partial unique index). */
  is_default: number;
  created_at: number;
  updated_at: number;
}

export interface AuditLogTable {
  id: string;
  at: number;
  user_id: string | null;
  action: string;
  target: string | null;
  /** JSON text. */
  detail: string | null;
  result: string;
}

/** Per-user settings (migration 0002); value is JSON text, validated by its reader. */
export interface UserPreferencesTable {
  user_id: string;
  key: string;
  value: string;
  updated_at: number;
}

/** A purchase the wizard submitted (migration 0003): its ClientToken, stored before the first RunInstances. */
export interface PurchaseIntentsTable {
  id: string;
  user_id: string;
  account_id: string;
  region: string;
  client_token: string;
  fingerprint: string;
  instance_count: number;
  status: string;
  attempts: number;
  /** JSON array of InstanceIds. */
  instance_ids: string | null;
  request_id: string | null;
  error_code: string | null;
  created_at: number;
  updated_at: number;
}

/** A team-shared read-only view (migration 0004). Only the token's SHA-256 is stored. */
export interface SharedViewsTable {
  id: string;
  token_hash: string;
  name: string;
  account_id: string;
  region: string;
  scope: string;
  q: string;
  /** JSON array of column ids. */
  columns: string;
  created_by: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
  revoked_by: string | null;
  last_viewed_at: number | null;
  view_count: number;
}

export interface Database {
  users: UsersTable;
  cloud_accounts: CloudAccountsTable;
  audit_log: AuditLogTable;
  user_preferences: UserPreferencesTable;
  purchase_intents: PurchaseIntentsTable;
  shared_views: SharedViewsTable;
}

