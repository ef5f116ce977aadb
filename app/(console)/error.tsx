"use client";

import { useEffect } from "react";
import { useT } from "@/lib/i18n/provider";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";

/** A page inside the console failed: the shell (nav, header) stays, the page area explains and offers a retry. */
export default function ConsoleError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT();
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  useEffect(() => console.error(error), [error]);
  return (
    <Card>
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
        action={<Button onClick={() => retry()}>{t("common.retry")}</Button>}
      />
    </Card>
  );
}
