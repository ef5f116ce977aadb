"use client";

import { useEffect, useMemo, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import type { KeyPairRow } from "@/lib/key-pairs/types";
import { useKeyPairsQuery } from "@/lib/queries/key-pairs";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/shell/page-header";
import { ListState } from "@/components/resources/list-state";
import { useRegionName } from "@/components/resources/region-name";
import type { ResourcePageProps } from "@/components/resources/resource-page";
import { BindKeyPairDialog } from "@/components/key-pairs/bind-dialog";
import { CreateKeyPairDialog } from "@/components/key-pairs/create-dialog";
import { DeleteKeyPairDialog } from "@/components/key-pairs/delete-dialog";
import { EditKeyPairDialog } from "@/components/key-pairs/edit-dialog";
import { ImportKeyPairDialog } from "@/components/key-pairs/import-dialog";
import { KeyPairTable } from "@/components/key-pairs/key-pair-table";

type Open = { kind: "create" | "import" } | { kind: "edit" | "delete" | "bind" | "unbind"; key: KeyPairRow } | null;

export function KeyPairsClient({ accountId, region, language, canWrite, serverError }: ResourcePageProps) {
  const t = useT();
  // After a bind/unbind, the list follows the instances' change for a minute.
  const [polling, setPolling] = useState(false);
  useEffect(() => {
    if (!polling) return;
    const timer = setTimeout(() => setPolling(false), 60_000);
    return () => clearTimeout(timer);
  }, [polling]);
  const query = useKeyPairsQuery(accountId, region, polling);
  const regionName = useRegionName(accountId, language, region);
  const [filter, setFilter] = useState("");
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const scope = { accountId, region };
  const rows = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const all = query.data?.KeyPairSet ?? [];
    return f ? all.filter((k) => [k.KeyName, k.KeyId, k.Description, ...k.AssociatedInstanceIds].some((v) => v.toLowerCase().includes(f))) : all;
  }, [query.data, filter]);

  return (
    <>
      <PageHeader
        title={t("nav.keyPairs")}
        description={t("page.key-pairs.description")}
        actions={
          canWrite && (
            <>
              <Button onClick={() => setOpen({ kind: "import" })} data-testid="key-pair-import">
                {t("keyPairs.import")}
              </Button>
              <Button variant="primary" onClick={() => setOpen({ kind: "create" })} data-testid="key-pair-create">
                {t("keyPairs.create")}
              </Button>
            </>
          )
        }
      />
      <Card>
        <CardHeader
          title={t("keyPairs.listTitle", { region: regionName })}
          description={query.data ? t("keyPairs.count", { count: query.data.TotalCount }) : undefined}
          actions={
            // The width sits on a wrapper: Input is w-full, and a width class beside it would not win.
            <div className="w-64">
              <Input
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                placeholder={t("keyPairs.filter")}
                aria-label={t("keyPairs.filter")}
                className="h-7 text-[13px]"
                data-testid="key-pair-filter"
              />
            </div>
          }
        />
        <ListState
          query={query}
          initialError={serverError}
          isEmpty={(d) => d.KeyPairSet.length === 0}
          empty={{ icon: <Icon name="key-pairs" className="size-5" />, title: t("keyPairs.empty.title"), description: t("keyPairs.empty.description"), testId: "key-pairs-empty" }}
        >
          {() => <KeyPairTable rows={rows} region={region} canWrite={canWrite} onAction={(kind, key) => setOpen({ kind, key })} />}
        </ListState>
      </Card>
      {canWrite && (
        <>
          <CreateKeyPairDialog {...scope} open={open?.kind === "create"} onClose={close} />
          <ImportKeyPairDialog {...scope} open={open?.kind === "import"} onClose={close} />
          {open && "key" in open && open.kind === "edit" && <EditKeyPairDialog {...scope} keyPair={open.key} onClose={close} />}
          {open && "key" in open && open.kind === "delete" && <DeleteKeyPairDialog {...scope} keyPair={open.key} onClose={close} />}
          {open && "key" in open && (open.kind === "bind" || open.kind === "unbind") && (
            <BindKeyPairDialog {...scope} keyPair={open.key} mode={open.kind === "bind" ? "associate" : "disassociate"} onClose={close} onStarted={() => setPolling(true)} />
          )}
        </>
      )}
    </>
  );
}
