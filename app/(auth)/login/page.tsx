import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/server/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { safeCallbackPath } from "@/lib/safe-callback";
import { LoginForm } from "@/components/auth/login-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("login.title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [params, headerStore] = await Promise.all([searchParams, headers()]);
  const callbackPath = safeCallbackPath(params.callbackUrl, headerStore.get("host"));
  // Already signed in: nothing to do here.
  if (await getSessionUser()) redirect(callbackPath);
  const error = typeof params.error === "string" ? params.error : undefined;
  return <LoginForm callbackPath={callbackPath} initialError={error} />;
}
