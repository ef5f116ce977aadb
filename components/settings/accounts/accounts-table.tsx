"use client";

import { useT } from "@/lib/i18n/provider";
import type { CloudAccountView } from "@/server/accounts/store";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TestConnection } from "./test-connection";

type Props = {
  accounts: CloudAccountView[];
  settingDefaultId: string | undefined;
  onSetDefault: (account: CloudAccountView) => void;
  onEdit: (account: CloudAccountView) => void;
  onDelete: (account: CloudAccountView) => void;
};

/** Accounts configured by environment variables are read-only here: change them where they are set. */
export function AccountsTable({ accounts, settingDefaultId, onSetDefault, onEdit, onDelete }: Props) {
  const t = useT();
  return (
    <Table data-testid="accounts-table">
      <THead>
        <tr>
          <Th>{t("accounts.col.name")}</Th>
          <Th>
            {t("accounts.col.endpoint")} / {t("accounts.col.secretId")}
          </Th>
          <Th>{t("accounts.col.region")}</Th>
          <Th>{t("accounts.col.connection")}</Th>
          <Th className="text-right">{t("common.actions")}</Th>
        </tr>
      </THead>
      <TBody>
        {accounts.map((account) => {
          const fromEnv = account.source === "env";
          return (
            <Tr key={account.id} data-testid="account-row" data-account-id={account.id}>
              <Td className="max-w-64">
                <div className="truncate font-medium" title={account.name}>
                  {account.name}
                </div>
                <div className="mt-0.5 flex gap-1">
                  {account.isDefault && (
                    <Badge tone="accent" data-testid="account-default">
                      {t("accounts.default")}
                    </Badge>
                  )}
                  <Badge title={fromEnv ? t("accounts.source.envHint") : undefined} data-testid="account-source" data-source={account.source}>
                    {fromEnv ? t("accounts.source.env") : t("accounts.source.db")}
                  </Badge>
                </div>
              </Td>
              <Td>
                <div className="flex items-center gap-2">
                  <span className="max-w-48 truncate font-mono text-xs" title={account.endpoint}>
                    {account.endpoint}
                  </span>
                  {account.isSimulation && (
                    <Badge tone="warning" title={t("simulation.title")} data-testid="account-simulation">
                      {t("simulation.badge")}
                    </Badge>
                  )}
                </div>
                <div className="mt-0.5 font-mono text-xs text-muted" data-testid="account-secret-id-masked">
                  {account.secretIdMasked}
                </div>
              </Td>
              <Td className="font-mono text-xs whitespace-nowrap">{account.defaultRegion}</Td>
              <Td>
                <TestConnection accountId={account.id} />
              </Td>
              <Td className="text-right whitespace-nowrap">
                {!account.isDefault && (
                  <Button size="sm" variant="ghost" disabled={settingDefaultId === account.id} onClick={() => onSetDefault(account)} data-testid="account-set-default">
                    {t("accounts.setDefault")}
                  </Button>
                )}
                <Button size="sm" variant="ghost" disabled={fromEnv} title={fromEnv ? t("accounts.source.envHint") : undefined} onClick={() => onEdit(account)} data-testid="account-edit">
                  {t("common.edit")}
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={fromEnv}
                  title={fromEnv ? t("accounts.source.envHint") : undefined}
                  onClick={() => onDelete(account)}
                  className="text-red-600 dark:text-red-400"
                  data-testid="account-delete"
                >
                  {t("common.delete")}
                </Button>
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
