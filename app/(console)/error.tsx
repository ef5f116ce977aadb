"use client";

import { lazy, Suspense, useEffect } from "react";

const ErrorPanel = lazy(() => import("@/components/shell/error-panel"));

/** A page inside the console failed: the shell (nav, header) stays, the page area explains and offers a retry. */
export default function ConsoleError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <Suspense fallback={null}>
      <ErrorPanel error={error} retry={retry} />
    </Suspense>
  );
}
