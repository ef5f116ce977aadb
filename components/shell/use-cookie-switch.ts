"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setPreferenceCookie } from "@/lib/cookies";

/**
 * Writes a preference cookie and re-renders the server tree with it. The server validates the value
 * (server/context.ts), so a stale or forged cookie just falls back. While the refresh is in flight,
 * `shown(current)` returns the value being switched to, so a <select> doesn't snap back.
 */
export function useCookieSwitch(cookieName: string) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [target, setTarget] = useState<string | null>(null);
  const switchTo = (value: string) => {
    setTarget(value);
    setPreferenceCookie(cookieName, value);
    startTransition(() => router.refresh());
  };
  const shown = (current: string) => (pending && target !== null ? target : current);
  return { pending, switchTo, shown };
}
