"use client";

import { useT } from "@/lib/i18n/provider";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { NavLink } from "@/components/ui/nav-link";

/**
 * What an error boundary shows: no internal details, only the digest that matches the server log line, and a retry.
 * Loaded on demand by the boundaries (app/error.tsx, app/(console)/error.tsx): a boundary's own chunk is part of
 * every page's first-load JS, this panel is fetched only when something actually failed.
 */
export default function ErrorPanel({ error, retry, homeLink }: { error: unknown; retry: () => void; homeLink?: boolean }) {
  const t = useT();
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <Card className={homeLink ? "w-full max-w-md" : undefined}>
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
            {homeLink && (
              <NavLink href="/" className="inline-flex h-8 items-center px-3 text-sm text-accent hover:underline">
                {t("notFound.home")}
              </NavLink>
            )}
          </div>
        }
      />
    </Card>
  );
}
