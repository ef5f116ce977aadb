"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/**
 * Re-renders the shared view on the server every `seconds` while the tab is visible (a wall display stays
 * current; a background tab costs nothing). The server answers from its per-view cache, so many open copies of
 * a view do not multiply calls to the cloud.
 */
export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === "visible") router.refresh();
    };
    const timer = setInterval(tick, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
