"use client";

import { useSyncExternalStore } from "react";

// One 1-second ticker for every freshness label on the page (hundreds of rows share one setInterval), read
// through useSyncExternalStore so only the labels re-render, never the rows around them.
let nowSeconds = typeof window === "undefined" ? 0 : Math.floor(Date.now() / 1000);
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    nowSeconds = Math.floor(Date.now() / 1000);
    timer = setInterval(() => {
      nowSeconds = Math.floor(Date.now() / 1000);
      for (const l of listeners) l();
    }, 1_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The browser's clock in whole seconds, ticking; 0 while rendering on the server (render nothing time-based). */
export function useNowSeconds(): number {
  return useSyncExternalStore(subscribe, () => nowSeconds, () => 0);
}
