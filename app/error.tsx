"use client";

import Link from "next/link";
import { useEffect } from "react";
import { useT } from "@/lib/i18n/provider";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";

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
          icon={<Icon name="alert" className="size-5" />}
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
              <Link href="/" className="inline-flex h-8 items-center px-3 text-sm text-accent hover:underline">
                {t("notFound.home")}
              </Link>
            </div>
          }
        />
      </Card>
    </main>
  );
}
