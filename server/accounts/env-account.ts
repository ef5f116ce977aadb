import { DEFAULT_ENDPOINT } from "./view";

// The account configured by environment variables. Listed read-only, never written to the database.

export const ENV_ACCOUNT_ID = "env";
export const DEFAULT_REGION = "ap-guangzhou";

export interface EnvAccount {
  id: typeof ENV_ACCOUNT_ID;
  name: string;
  endpoint: string;
  secretId: string;
  secretKey: string;
  defaultRegion: string;
}

export function readEnvAccount(env: Record<string, string | undefined> = process.env): EnvAccount | null {
  const secretId = env.TENCENTCLOUD_SECRET_ID?.trim();
  const secretKey = env.TENCENTCLOUD_SECRET_KEY?.trim();
  if (!secretId || !secretKey) return null;
  return {
    id: ENV_ACCOUNT_ID,
    name: env.TENCENTCLOUD_ACCOUNT_NAME?.trim() || "Environment (TENCENTCLOUD_SECRET_ID)",
    endpoint: (env.TENCENTCLOUD_ENDPOINT?.trim() || DEFAULT_ENDPOINT).replace(/\/+$/, ""),
    secretId,
    secretKey,
    defaultRegion: env.TENCENTCLOUD_REGION?.trim() || DEFAULT_REGION,
  };
}
