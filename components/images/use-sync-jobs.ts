"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { addJob, parseJobs, pruneJobs, removeJob, storageKey, type SyncJob } from "@/lib/images/sync-jobs";

// localStorage as an external store: read after hydration (the server render has none), and kept in step across
// tabs through the storage event, so two tabs show the same copies in flight.
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** The account's image copies in flight, from and to localStorage (see lib/images/sync-jobs.ts). */
export function useSyncJobs(accountId: string) {
  const key = storageKey(accountId);
  const raw = useSyncExternalStore(subscribe, () => window.localStorage.getItem(key), () => null);
  const jobs = useMemo(() => parseJobs(raw), [raw]);
  const save = useCallback(
    (next: SyncJob[]) => {
      try {
        // Old jobs are dropped whenever the list is written (reading stays pure).
        window.localStorage.setItem(key, JSON.stringify(pruneJobs(next, Date.now())));
      } catch {
        // Storage full or denied: nothing to keep the panel in; the copies still happen.
      }
      notify();
    },
    [key],
  );
  return {
    jobs,
    add: (job: SyncJob) => save(addJob(jobs, job)),
    dismiss: (startedAt: number) => save(removeJob(jobs, startedAt)),
  };
}
