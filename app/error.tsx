"use client";

import { useEffect } from "react";
import { useT } from "@/lib/i18n/provider";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { NavLink } from "@/components/ui/nav-link";

// This boundary's chunk is in the HTML of every page (the root layout's), and Turbopack does not share modules
// between it and the page's own chunks: a plain-<a> NavLink instead of next/link, no icon table (issue 5's first-load budget).
const ALERT_PATHS = ["M8 2l6.5 11.5h-13z", "M8 6.5v3", "M8 11.5h.01"];

/** Anything outside the console shell that fails (e.g. the login page). No internal details are shown. */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT();
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  useEffect(() => console.error(error), [error]);
  return (
    <main className="flex min-h-screen items-start justify-center px-4 pt-[15vh]">
      <Card className="w-full max-w-md">
        <EmptyState
          data-testid="page-error"
          icon={
            <svg aria-hidden viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" className="size-5">
              {ALERT_PATHS.map((d) => (
                <path key={d} d={d} />
              ))}
            </svg>
          }
          title={t("errorPage.title")}
          description={
            <>
              {t("errorPage.description")}
              {digest && <span className="mt-1 block font-mono text-xs">{t("errorPage.reference", { digest })}</span>}
            </>
          }
          action={
            <div className="flex gap-2">
              <Button variant="primary" onClick={() => retry()}>
                {t("common.retry")}
              </Button>
              <NavLink href="/" className="inline-flex h-8 items-center px-3 text-sm text-accent hover:underline">
                {t("notFound.home")}
              </NavLink>
            </div>
          }
        />
      </Card>
    </main>
  );
}
