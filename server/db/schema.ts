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

export interface Database {
  users: UsersTable;
  cloud_accounts: CloudAccountsTable;
  audit_log: AuditLogTable;
}

