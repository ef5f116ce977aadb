import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from "@/test/postgres";
import { verifyPassword } from "./password";
import {
  countUsers,
  createUser,
  deleteUser,
  findUserByEmail,
  findUserRow,
  getUserById,
  listUsers,
  NotFoundError,
  recordLogin,
  setUserPassword,
  updateUser,
  ValidationError,
} from "./store";

const PASSWORD = "a long enough password";

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe.each(TEST_ENGINES)("users store on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.db.deleteFrom("users").execute();
  });

  it("creates a user with a lower-cased email and returns a view without the hash", async () => {
    const user = await createUser({ email: "  Alice@Example.COM ", name: "Alice", password: PASSWORD, role: "operator" }, t.db);
    expect(user).toEqual({
      id: expect.any(String),
      email: "alice@example.com",
      name: "Alice",
      role: "operator",
      disabled: false,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      lastLoginAt: null,
    });
    expect(JSON.stringify(user)).not.toContain("scrypt");
    expect(await getUserById(user.id, t.db)).toEqual(user);
    expect(await findUserByEmail("ALICE@example.com", t.db)).toEqual(user);
    const row = await findUserRow("alice@example.com", t.db);
    expect(await verifyPassword(PASSWORD, row!.password_hash)).toBe(true);
    expect(await countUsers(t.db)).toBe(1);
  });

  it("reports every invalid field with its own message", async () => {
    const errors = await fieldErrorsOf(createUser({ email: "not-an-email", name: " ", password: "short", role: "root" as never }, t.db));
    expect(Object.keys(errors).sort()).toEqual(["email", "name", "password", "role"]);
    expect(errors.password).toMatch(/12 characters/);
    expect(await countUsers(t.db)).toBe(0);
  });

  it("turns a duplicate email (any case) into a field error on email", async () => {
    await createUser({ email: "bob@example.com", name: "Bob", password: PASSWORD, role: "viewer" }, t.db);
    const errors = await fieldErrorsOf(createUser({ email: "BOB@example.com", name: "Bob 2", password: PASSWORD, role: "viewer" }, t.db));
    expect(errors).toEqual({ email: expect.stringMatching(/already exists/) });
  });

  it("lists users by email and updates name, role and disabled", async () => {
    const b = await createUser({ email: "b@example.com", name: "B", password: PASSWORD, role: "viewer" }, t.db);
    await createUser({ email: "a@example.com", name: "A", password: PASSWORD, role: "admin" }, t.db);
    expect((await listUsers(t.db)).map((u) => u.email)).toEqual(["a@example.com", "b@example.com"]);
    const updated = await updateUser(b.id, { name: "Bee", role: "operator", disabled: true }, t.db);
    expect(updated).toMatchObject({ name: "Bee", role: "operator", disabled: true });
    expect(await getUserById(b.id, t.db)).toEqual(updated);
  });

  it("refuses to demote, disable or delete the last enabled admin", async () => {
    const admin = await createUser({ email: "root@example.com", name: "Root", password: PASSWORD, role: "admin" }, t.db);
    expect(await fieldErrorsOf(updateUser(admin.id, { role: "operator" }, t.db))).toEqual({ role: expect.stringMatching(/last enabled admin/) });
    expect(await fieldErrorsOf(updateUser(admin.id, { disabled: true }, t.db))).toEqual({ disabled: expect.stringMatching(/last enabled admin/) });
    await expect(deleteUser(admin.id, t.db)).rejects.toBeInstanceOf(ValidationError);
    // A disabled second admin does not count.
    const other = await createUser({ email: "other@example.com", name: "Other", password: PASSWORD, role: "admin" }, t.db);
    await updateUser(other.id, { disabled: true }, t.db);
    await expect(updateUser(admin.id, { role: "viewer" }, t.db)).rejects.toBeInstanceOf(ValidationError);
    // Once another admin is enabled, the first may step down.
    await updateUser(other.id, { disabled: false }, t.db);
    expect((await updateUser(admin.id, { role: "viewer" }, t.db)).role).toBe("viewer");
    expect((await getUserById(admin.id, t.db))!.role).toBe("viewer");
  });

  it("lets only one of two concurrent demotions of the last two admins succeed", async () => {
    const a = await createUser({ email: "a1@example.com", name: "A1", password: PASSWORD, role: "admin" }, t.db);
    const b = await createUser({ email: "a2@example.com", name: "A2", password: PASSWORD, role: "admin" }, t.db);
    // Two pooled connections ready, so on Postgres the two transactions really interleave.
    await Promise.all([sql`select 1`.execute(t.db), sql`select 1`.execute(t.db)]);
    const results = await Promise.allSettled([updateUser(a.id, { role: "viewer" }, t.db), updateUser(b.id, { role: "viewer" }, t.db)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const admins = (await listUsers(t.db)).filter((u) => u.role === "admin" && !u.disabled);
    expect(admins).toHaveLength(1);
  });

  it("changes a password and validates its length", async () => {
    const u = await createUser({ email: "p@example.com", name: "P", password: PASSWORD, role: "viewer" }, t.db);
    expect(await fieldErrorsOf(setUserPassword(u.id, "too short", t.db))).toEqual({ password: expect.stringMatching(/12/) });
    await setUserPassword(u.id, "another long password", t.db);
    const row = await findUserRow(u.email, t.db);
    expect(await verifyPassword("another long password", row!.password_hash)).toBe(true);
    expect(await verifyPassword(PASSWORD, row!.password_hash)).toBe(false);
  });

  it("signals unknown ids and records the last login", async () => {
    await expect(updateUser("missing", { name: "x" }, t.db)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setUserPassword("missing", PASSWORD, t.db)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getUserById("missing", t.db)).toBeNull();
    const u = await createUser({ email: "l@example.com", name: "L", password: PASSWORD, role: "viewer" }, t.db);
    const at = Date.UTC(2031, 5, 1);
    await recordLogin(u.id, at, t.db);
    expect((await getUserById(u.id, t.db))!.lastLoginAt).toBe(new Date(at).toISOString());
  });
});
