"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useT } from "@/lib/i18n/provider";
import { loginErrorKey } from "@/lib/login-error";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";

/** Email + password through next-auth's Credentials provider; errors stay on the page, never in the URL. */
export function LoginForm({ callbackPath, initialError }: { callbackPath: string; initialError?: string }) {
  const t = useT();
  const router = useRouter();
  const initialKey = loginErrorKey(initialError);
  const [error, setError] = useState<string | null>(initialKey ? t(initialKey) : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (!result?.ok || result.error) {
        setError(t(loginErrorKey(result?.error ?? (result?.status === 401 ? "CredentialsSignin" : "Unknown")) ?? "login.error.generic"));
        setPending(false);
        return;
      }
      router.replace(callbackPath);
      router.refresh();
    } catch {
      setError(t("login.error.generic"));
      setPending(false);
    }
  }

  return (
    <Card className="w-full max-w-sm p-6 shadow-sm">
      <h1 className="text-base font-semibold">{t("login.title")}</h1>
      <p className="mt-1 text-[13px] text-muted">{t("login.subtitle")}</p>
      <form onSubmit={onSubmit} className="mt-5 flex flex-col gap-3.5" noValidate>
        <TextField
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          label={t("login.email")}
          data-testid="login-email"
        />
        <TextField
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          label={t("login.password")}
          data-testid="login-password"
        />
        {error && (
          <p role="alert" data-testid="login-error" className="rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-700 dark:bg-red-500/10 dark:text-red-300">
            {error}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={pending} data-testid="login-submit" className="mt-1 w-full">
          {pending ? t("login.submitting") : t("login.submit")}
        </Button>
      </form>
    </Card>
  );
}
