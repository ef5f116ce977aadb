import type { CloudAccountView } from "@/server/accounts/store";
import type { SessionUser } from "@/server/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import { AccountSwitcher } from "./account-switcher";
import { LocaleToggle } from "./locale-toggle";
import { RegionSwitcher } from "./region-switcher";
import { SignOutButton } from "./sign-out-button";
import { SimulationBadge } from "./simulation-badge";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";
import { ZoneList } from "./zone-list";

type HeaderProps = {
  user: SessionUser;
  account: CloudAccountView | null;
  accounts: CloudAccountView[];
  region: string;
  locale: Locale;
};

/** Two compact rows: where you are (account, region, simulation) and who you are; then the region's zones. */
export async function Header({ user, account, accounts, region, locale }: HeaderProps) {
  const { t } = await getI18n();
  // Only what the switcher needs crosses to the client: no masked ids, no endpoints.
  const accountOptions = accounts.map(({ id, name, isSimulation }) => ({ id, name, isSimulation }));
  return (
    <header className="shrink-0 border-b border-line bg-surface">
      <div className="flex h-12 items-center gap-2 px-4">
        {account && accounts.length > 1 && <AccountSwitcher accounts={accountOptions} accountId={account.id} />}
        {account ? (
          <RegionSwitcher accountId={account.id} region={region} language={locale} />
        ) : (
          <span className="text-[13px] text-muted">{t("noAccount.short")}</span>
        )}
        {account?.isSimulation && <SimulationBadge />}
        <div className="flex-1" />
        <LocaleToggle />
        <ThemeToggle />
        <div className="mx-1 h-5 w-px bg-line" aria-hidden />
        <UserMenu name={user.name} email={user.email} role={user.role} />
        <SignOutButton />
      </div>
      {account && (
        <div className="flex h-8 items-center border-t border-line bg-canvas/60 px-4">
          <ZoneList accountId={account.id} region={region} language={locale} />
        </div>
      )}
    </header>
  );
}
