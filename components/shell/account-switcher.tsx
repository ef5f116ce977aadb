"use client";

import { useT } from "@/lib/i18n/provider";
import { ACCOUNT_COOKIE } from "@/lib/cookies";
import { Select } from "@/components/ui/select";
import { useCookieSwitch } from "./use-cookie-switch";

export type AccountOption = { id: string; name: string; isSimulation: boolean };

/** Shown only when there is more than one cloud account to choose from. */
export function AccountSwitcher({ accounts, accountId }: { accounts: AccountOption[]; accountId: string }) {
  const t = useT();
  const { pending, switchTo, shown } = useCookieSwitch(ACCOUNT_COOKIE);
  return (
    <Select
      data-testid="account-switcher"
      aria-label={t("header.account")}
      value={shown(accountId)}
      disabled={pending}
      onChange={(event) => switchTo(event.target.value)}
      size="sm"
      wrapperClassName="w-56"
    >
      {accounts.map((a) => (
        <option key={a.id} value={a.id}>
          {a.isSimulation ? `${a.name} (${t("simulation.badge")})` : a.name}
        </option>
      ))}
    </Select>
  );
}
