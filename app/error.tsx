"use client";

import { lazy, Suspense, useEffect } from "react";

const ErrorPanel = lazy(() => import("@/components/shell/error-panel"));

/** Anything outside the console shell that fails (e.g. the login page). The panel loads only when needed. */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <main className="flex min-h-screen items-start justify-center px-4 pt-[15vh]">
      <Suspense fallback={null}>
        <ErrorPanel error={error} retry={retry} homeLink />
      </Suspense>
    </main>
  );
}
