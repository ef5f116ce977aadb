import "server-only";
import { requireRole } from "@/server/auth/session";
import { listCloudAccounts, type CloudAccountView } from "@/server/accounts/store";

/** Account details (endpoints, masked SecretIds) are admin data; the header only ever gets names. */
export async function listCloudAccountsAsAdmin(): Promise<CloudAccountView[]> {
  await requireRole("admin");
  return listCloudAccounts();
}
