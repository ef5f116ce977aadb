import { sql, type Kysely, type Selectable } from "kysely";
import type { z } from "zod";
import { isRole, type Role } from "@/lib/roles";
import { getDb } from "@/server/db/connection";
import { NotFoundError, ValidationError } from "@/server/db/errors";
import type { Database, UsersTable } from "@/server/db/schema";
import { isPostgres, isUniqueViolation, newId, toBool, toIso } from "@/server/db/values";
import { hashPassword } from "./password";
import { CreateUserInput, passwordSchema, UpdateUserInput } from "./schemas";

// Console users. Every function takes an optional `db` (tests pass a per-engine database; the app uses
// the process-wide one). No "server-only": scripts/prepare.ts bootstraps the first admin through here.

export { NotFoundError, ValidationError };

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

type Db = Kysely<Database>;
type UserRow = Selectable<UsersTable>;

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    // A role edited by hand in the database to something unknown gets the least privilege.
    role: isRole(row.role) ? row.role : "viewer",
    disabled: toBool(row.disabled),
    createdAt: toIso(row.created_at)!,
    lastLoginAt: toIso(row.last_login_at),
  };
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}

export async function listUsers(db?: Db): Promise<UserView[]> {
  const rows = await (db ?? (await getDb())).selectFrom("users").selectAll().orderBy("email").execute();
  return rows.map(toUserView);
}

export async function getUserById(id: string, db?: Db): Promise<UserView | null> {
  const row = await (db ?? (await getDb())).selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toUserView(row) : null;
}

export async function findUserByEmail(email: string, db?: Db): Promise<UserView | null> {
  const row = await findUserRow(email, db);
  return row ? toUserView(row) : null;
}

/** For sign-in only: the row including the password hash. */
export async function findUserRow(email: string, db?: Db): Promise<UserRow | null> {
  const row = await (db ?? (await getDb()))
    .selectFrom("users")
    .selectAll()
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  return row ?? null;
}

export async function countUsers(db?: Db): Promise<number> {
  const { n } = await (db ?? (await getDb())).selectFrom("users").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(n);
}

export async function createUser(input: CreateUserInput, db?: Db): Promise<UserView> {
  const data = parse(CreateUserInput, input);
  const now = Date.now();
  const row: UserRow = {
    id: newId(),
    email: data.email,
    name: data.name,
    password_hash: await hashPassword(data.password),
    role: data.role,
    disabled: 0,
    created_at: now,
    updated_at: now,
    last_login_at: null,
  };
  try {
    await (db ?? (await getDb())).insertInto("users").values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ email: "A user with this email already exists" });
    throw error;
  }
  return toUserView(row);
}

const LAST_ADMIN = "The last enabled admin cannot be demoted or disabled; make another user admin first";

// Any constant works; it only has to be the same for every change to the users table's admin set.
const USERS_LOCK_KEY = 7_410_001;

/**
 * Starts a users-table change: on Postgres a transaction-scoped advisory lock serialises these changes, so
 * two concurrent demotions of the last two admins cannot both see "another admin remains" (row locks
 * would deadlock here instead). SQLite needs nothing: Kysely runs one SQLite transaction at a time.
 */
async function lockUserForChange(trx: Db, id: string): Promise<UserRow> {
  if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${USERS_LOCK_KEY})`.execute(trx);
  const row = await trx.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError("User not found");
  return row;
}

/** Refuses a change that would leave no enabled admin (inside the lock taken by lockUserForChange). */
async function assertAnotherAdminRemains(trx: Db, user: UserRow, field: string): Promise<void> {
  if (user.role !== "admin" || toBool(user.disabled)) return;
  const other = await trx
    .selectFrom("users")
    .select("id")
    .where("role", "=", "admin")
    .where("disabled", "=", 0)
    .where("id", "<>", user.id)
    .executeTakeFirst();
  if (!other) throw new ValidationError({ [field]: LAST_ADMIN });
}

export async function updateUser(id: string, patch: UpdateUserInput, db?: Db): Promise<UserView> {
  const data = parse(UpdateUserInput, patch);
  return (db ?? (await getDb())).transaction().execute(async (trx) => {
    const row = await lockUserForChange(trx, id);
    if (data.disabled === true) await assertAnotherAdminRemains(trx, row, "disabled");
    else if (data.role !== undefined && data.role !== "admin") await assertAnotherAdminRemains(trx, row, "role");
    const changes = {
      ...(data.name !== undefined && { name: data.name }),
      ...(data.role !== undefined && { role: data.role }),
      ...(data.disabled !== undefined && { disabled: data.disabled ? 1 : 0 }),
      updated_at: Date.now(),
    };
    await trx.updateTable("users").set(changes).where("id", "=", id).execute();
    return toUserView({ ...row, ...changes });
  });
}

export async function deleteUser(id: string, db?: Db): Promise<void> {
  await (db ?? (await getDb())).transaction().execute(async (trx) => {
    const row = await lockUserForChange(trx, id);
    await assertAnotherAdminRemains(trx, row, "form");
    await trx.deleteFrom("users").where("id", "=", id).execute();
  });
}

export async function setUserPassword(id: string, password: string, db?: Db): Promise<void> {
  const result = passwordSchema.safeParse(password);
  if (!result.success) throw new ValidationError({ password: result.error.issues[0].message });
  const hash = await hashPassword(result.data);
  const updated = await (db ?? (await getDb()))
    .updateTable("users")
    .set({ password_hash: hash, updated_at: Date.now() })
    .where("id", "=", id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw new NotFoundError("User not found");
}

/** Stamps a successful sign-in. */
export async function recordLogin(id: string, at = Date.now(), db?: Db): Promise<void> {
  await (db ?? (await getDb())).updateTable("users").set({ last_login_at: at }).where("id", "=", id).execute();
}
