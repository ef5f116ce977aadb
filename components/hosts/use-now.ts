"use client";

import { useNowSeconds } from "@/components/status/now";

/** The current time in ms, or null during the server render (render nothing time-based then). */
export function useNow(): number | null {
  const seconds = useNowSeconds();
  // Expiry is counted in days: minute precision is plenty, so rows re-render once a minute, not every second.
  const minute = Math.floor(seconds / 60);
  return seconds === 0 ? null : minute * 60_000;
}
