"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// Sessions end after 30 minutes without activity (server/auth). Server components cannot re-issue the session
// cookie, so while the user is active (clicks, keys) this asks next-auth for the session at most every few minutes,
// which slides the cookie; an idle tab sends nothing and expires. A session that has ended sends the user to login.
const MIN_GAP_MS = 4 * 60_000;

export function SessionKeepalive() {
  const router = useRouter();
  useEffect(() => {
    let last = Date.now();
    let inFlight = false;
    const onActivity = () => {
      if (inFlight || Date.now() - last < MIN_GAP_MS) return;
      inFlight = true;
      last = Date.now();
      fetch("/api/auth/session", { cache: "no-store" })
        .then((res) => (res.ok ? res.json() : null))
        .then((session: { user?: unknown } | null) => {
          if (session && !session.user) router.push(`/login?callbackUrl=${encodeURIComponent(window.location.pathname)}`);
        })
        .catch(() => undefined)
        .finally(() => {
          inFlight = false;
        });
    };
    window.addEventListener("pointerdown", onActivity, { passive: true });
    window.addEventListener("keydown", onActivity);
    return () => {
      window.removeEventListener("pointerdown", onActivity);
      window.removeEventListener("keydown", onActivity);
    };
  }, [router]);
  return null;
}
