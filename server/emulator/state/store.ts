import { openDatabase, type SqliteDb } from "./db";

/** Whose and where: every resource lives in one account (owner UIN) and one region ("" for global kinds). */
export interface Scope {
  account: string;
  region: string;
}

/** A ClientToken ledger row: the first response to an idempotent request, replayed on a retry. */
export interface ClientTokenEntry {
  action: string;
  /** A digest of the request's parameters, so a reused token with different params can be refused. */
  fingerprint: string;
  response: unknown;
  createdAt: number;
}

type KindMap = Map<string, Map<string, unknown>>;

const scopeKey = (s: Scope) => `${s.account}\u0000${s.region}`;

/**
 * The emulator's state: in-memory maps (loaded at open) written through to SQLite. Every mutation reaches the
 * database before the call returns (better-sqlite3 is synchronous), so a handler that returns has persisted
 * its writes before the response is sent. Group several writes with `transaction()` to make them atomic;
 * if the function throws, neither the file nor the maps keep any of them.
 *
 * Values are JSON documents: `put` stores a copy and `get`/`list` return copies, so callers cannot change
 * state without going through `put`.
 */
export class Store {
  private readonly scopes = new Map<string, { scope: Scope; kinds: KindMap }>();
  private undo: (() => void)[] | null = null;
  private readonly stmt;

  private constructor(private readonly db: SqliteDb) {
    this.stmt = {
      upsert: db.prepare(
        `INSERT INTO resources (account, region, kind, id, data) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (account, region, kind, id) DO UPDATE SET data = excluded.data`,
      ),
      remove: db.prepare(`DELETE FROM resources WHERE account = ? AND region = ? AND kind = ? AND id = ?`),
      getToken: db.prepare(`SELECT action, fingerprint, response, created_at FROM client_tokens
                            WHERE account = ? AND region = ? AND token = ?`),
      putToken: db.prepare(`INSERT INTO client_tokens (account, region, token, action, fingerprint, response, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?)`),
    };
    const rows = db.prepare(`SELECT account, region, kind, id, data FROM resources ORDER BY rowid`).all() as {
      account: string;
      region: string;
      kind: string;
      id: string;
      data: string;
    }[];
    for (const r of rows) this.kindMap({ account: r.account, region: r.region }, r.kind).set(r.id, JSON.parse(r.data));
  }

  /** Opens the store on a SQLite file (":memory:" for throwaway state) and loads everything into memory. */
  static open(file: string): Store {
    return new Store(openDatabase(file));
  }

  get<T>(scope: Scope, kind: string, id: string): T | undefined {
    const value = this.scopes.get(scopeKey(scope))?.kinds.get(kind)?.get(id);
    return value === undefined ? undefined : (structuredClone(value) as T);
  }

  has(scope: Scope, kind: string, id: string): boolean {
    return this.scopes.get(scopeKey(scope))?.kinds.get(kind)?.has(id) ?? false;
  }

  /** All resources of a kind in a scope, in creation order. */
  list<T>(scope: Scope, kind: string): T[] {
    const map = this.scopes.get(scopeKey(scope))?.kinds.get(kind);
    return map ? [...map.values()].map((v) => structuredClone(v) as T) : [];
  }

  /**
   * The live documents of a kind, in creation order, without copying: for hot read paths (filtering 10,000
   * instances) that copy only what they return. Callers must treat them as read-only and change state only
   * through `put`.
   */
  peekAll<T>(scope: Scope, kind: string): readonly Readonly<T>[] {
    const map = this.scopes.get(scopeKey(scope))?.kinds.get(kind);
    return map ? ([...map.values()] as T[]) : [];
  }

  /** Every scope that holds at least one resource of `kind` (for cross-account or cross-region lookups). */
  scopesWith(kind: string): Scope[] {
    return [...this.scopes.values()].filter((s) => (s.kinds.get(kind)?.size ?? 0) > 0).map((s) => ({ ...s.scope }));
  }

  /** Creates or replaces a resource; persisted before this returns. */
  put<T>(scope: Scope, kind: string, id: string, value: T): void {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError(`Store.put: ${kind}/${id} is not JSON-serialisable`);
    this.stmt.upsert.run(scope.account, scope.region, kind, id, json);
    const map = this.kindMap(scope, kind);
    const had = map.has(id);
    const before = map.get(id);
    map.set(id, JSON.parse(json));
    this.undo?.push(() => (had ? map.set(id, before) : map.delete(id)));
  }

  /** Removes a resource; returns whether it existed. Persisted before this returns. */
  delete(scope: Scope, kind: string, id: string): boolean {
    const map = this.scopes.get(scopeKey(scope))?.kinds.get(kind);
    if (!map?.has(id)) return false;
    this.stmt.remove.run(scope.account, scope.region, kind, id);
    const before = map.get(id);
    map.delete(id);
    this.undo?.push(() => map.set(id, before));
    return true;
  }

  /**
   * Runs `fn` as one SQLite transaction (nested calls become savepoints). All of its writes commit together,
   * durably, when it returns; if it throws, the database rolls back and the in-memory maps are restored.
   */
  transaction<R>(fn: () => R): R {
    const outermost = this.undo === null;
    if (outermost) this.undo = [];
    const undo = this.undo!;
    const mark = undo.length;
    try {
      return this.db.transaction(fn)();
    } catch (error) {
      while (undo.length > mark) undo.pop()!();
      throw error;
    } finally {
      if (outermost) this.undo = null;
    }
  }

  findClientToken(scope: Scope, token: string): ClientTokenEntry | undefined {
    const row = this.stmt.getToken.get(scope.account, scope.region, token) as
      | { action: string; fingerprint: string; response: string; created_at: number }
      | undefined;
    return row && { action: row.action, fingerprint: row.fingerprint, response: JSON.parse(row.response), createdAt: row.created_at };
  }

  /** Records the first response for a ClientToken; call inside the same transaction as the writes it describes. */
  recordClientToken(scope: Scope, token: string, entry: ClientTokenEntry): void {
    this.stmt.putToken.run(scope.account, scope.region, token, entry.action, entry.fingerprint, JSON.stringify(entry.response), entry.createdAt);
  }

  /** Wipes all state, or only one account's. */
  reset(account?: string): void {
    this.db.transaction(() => {
      if (account === undefined) {
        this.db.exec(`DELETE FROM resources; DELETE FROM client_tokens;`);
      } else {
        this.db.prepare(`DELETE FROM resources WHERE account = ?`).run(account);
        this.db.prepare(`DELETE FROM client_tokens WHERE account = ?`).run(account);
      }
    })();
    for (const [key, entry] of this.scopes) if (account === undefined || entry.scope.account === account) this.scopes.delete(key);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private kindMap(scope: Scope, kind: string): Map<string, unknown> {
    const key = scopeKey(scope);
    let entry = this.scopes.get(key);
    if (!entry) {
      entry = { scope: { account: scope.account, region: scope.region }, kinds: new Map() };
      this.scopes.set(key, entry);
    }
    let map = entry.kinds.get(kind);
    if (!map) {
      map = new Map();
      entry.kinds.set(kind, map);
    }
    return map;
  }
}
