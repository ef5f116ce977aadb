import { readFileSync } from "node:fs";

/** A simulated Tencent Cloud account and one of its API keys. */
export interface EmulatorAccount {
  secretId: string;
  secretKey: string;
  appId: number;
  /** The root account's UIN; resources belong to it (several keys may share one owner). */
  ownerUin: string;
  name: string;
  /**
   * Set for a temporary credential: requests must then carry this X-TC-Token, and long-term keys must not
   * send one (seed 4513: "使用长期密钥时不能设置此 Token 字段").
   */
  token?: string;
}

// The demo pairs are fixed on purpose: the emulator only listens on loopback and the README documents them,
// so a newcomer can log in and call the API with no setup.
export const DEMO_SECRET_ID = "AKIDcvmEmulatorDemo0000000000000000";
export const DEMO_SECRET_KEY = "cvmEmulatorDemoSecretKey000000000";

export const DEMO_ACCOUNT: EmulatorAccount = {
  secretId: DEMO_SECRET_ID,
  secretKey: DEMO_SECRET_KEY,
  appId: 1250000000,
  ownerUin: "100000000001",
  name: "demo",
};

/** A second account, for cross-account features such as image sharing. */
export const DEMO_PEER_ACCOUNT: EmulatorAccount = {
  secretId: "AKIDcvmEmulatorPeer0000000000000000",
  secretKey: "cvmEmulatorPeerSecretKey000000000",
  appId: 1250000001,
  ownerUin: "100000000002",
  name: "demo-peer",
};

export const DEMO_ACCOUNTS: readonly EmulatorAccount[] = [DEMO_ACCOUNT, DEMO_PEER_ACCOUNT];

/**
 * What a SecretId must look like to be a cloud API key at all; anything else is AuthFailure.InvalidSecretId
 * (seed 39540: "密钥非法（不是云 API 密钥类型）"). Real keys are "AKID" + 32 characters.
 */
export const SECRET_ID_PATTERN = /^AKID[0-9A-Za-z]{16,124}$/;

/**
 * Parses EMULATOR_ACCOUNTS: an inline JSON array, or the path of a JSON file holding one.
 * Throws with a readable message on anything malformed, so a bad config fails at start, not per request.
 */
export function parseAccounts(value: string, readFile: (file: string) => string = (f) => readFileSync(f, "utf8")): EmulatorAccount[] {
  const text = value.trim().startsWith("[") ? value : readFile(value.trim());
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error("EMULATOR_ACCOUNTS: not valid JSON");
  }
  if (!Array.isArray(data) || data.length === 0) throw new Error("EMULATOR_ACCOUNTS: expected a non-empty JSON array");
  const accounts = data.map((item, i) => toAccount(item, i));
  const ids = new Set<string>();
  for (const a of accounts) {
    if (ids.has(a.secretId)) throw new Error(`EMULATOR_ACCOUNTS: duplicate secretId ${a.secretId}`);
    ids.add(a.secretId);
  }
  return accounts;
}

function toAccount(item: unknown, i: number): EmulatorAccount {
  const where = `EMULATOR_ACCOUNTS[${i}]`;
  if (typeof item !== "object" || item === null) throw new Error(`${where}: expected an object`);
  const o = item as Record<string, unknown>;
  const str = (k: string) => {
    if (typeof o[k] !== "string" || o[k] === "") throw new Error(`${where}.${k}: expected a non-empty string`);
    return o[k] as string;
  };
  const secretId = str("secretId");
  if (!SECRET_ID_PATTERN.test(secretId)) throw new Error(`${where}.secretId: must look like AKID followed by 16–124 letters or digits`);
  const appId = typeof o.appId === "string" ? Number(o.appId) : o.appId;
  if (typeof appId !== "number" || !Number.isSafeInteger(appId) || appId <= 0) throw new Error(`${where}.appId: expected a positive integer`);
  const ownerUin = typeof o.ownerUin === "number" ? String(o.ownerUin) : str("ownerUin");
  if (!/^\d+$/.test(ownerUin)) throw new Error(`${where}.ownerUin: expected digits`);
  const account: EmulatorAccount = { secretId, secretKey: str("secretKey"), appId, ownerUin, name: str("name") };
  if (o.token !== undefined) account.token = str("token");
  return account;
}

/** EMULATOR_ACCOUNTS when set, otherwise the two demo accounts. */
export function loadAccounts(env: Record<string, string | undefined> = process.env): EmulatorAccount[] {
  const value = env.EMULATOR_ACCOUNTS;
  return value && value.trim() ? parseAccounts(value) : DEMO_ACCOUNTS.map((a) => ({ ...a }));
}

/** Look-ups over the configured accounts. */
export class AccountBook {
  private readonly bySecret: Map<string, EmulatorAccount>;

  constructor(readonly all: readonly EmulatorAccount[]) {
    this.bySecret = new Map(all.map((a) => [a.secretId, a]));
  }

  bySecretId(secretId: string): EmulatorAccount | undefined {
    return this.bySecret.get(secretId);
  }

  /** Finds an account by owner UIN, SecretId or name (the admin endpoints accept any of them). */
  find(ref: string): EmulatorAccount | undefined {
    return this.bySecret.get(ref) ?? this.all.find((a) => a.ownerUin === ref || a.name === ref);
  }
}
