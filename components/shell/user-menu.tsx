import { getI18n } from "@/lib/i18n/server";
import type { Role } from "@/lib/roles";
import { Badge } from "@/components/ui/badge";

/** Who is signed in and with which role; compact enough for the header. */
export async function UserMenu({ name, email, role }: { name: string; email: string; role: Role }) {
  const { t } = await getI18n();
  return (
    <div data-testid="user-menu" className="flex items-center gap-2 pl-1" title={name}>
      <span
        aria-hidden
        className="flex size-7 items-center justify-center rounded-full bg-subtle text-xs font-semibold text-muted uppercase"
      >
        {(name || email).slice(0, 1)}
      </span>
      <span className="max-w-48 truncate text-[13px]">{email}</span>
      <Badge tone={role === "admin" ? "accent" : "neutral"} data-testid="user-menu-role" data-role={role}>
        {t(`role.${role}`)}
      </Badge>
    </div>
  );
}
