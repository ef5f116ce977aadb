"use client";

import { useT } from "@/lib/i18n/provider";
import { ROLES, type Role } from "@/lib/roles";
import { formatDateTime } from "@/lib/format";
import type { UpdateUserInput } from "@/lib/schemas/users";
import type { UserView } from "@/server/users/store";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

type Props = {
  users: UserView[];
  currentUserId: string;
  /** The change in flight, shown at once (optimistically) until the refreshed list arrives. */
  pending: UpdateUserInput | undefined;
  onUpdate: (input: UpdateUserInput) => void;
  onResetPassword: (user: UserView) => void;
};

/** One row per user. Your own role and status are locked here so an admin can't lock themself out. */
export function UsersTable({ users, currentUserId, pending, onUpdate, onResetPassword }: Props) {
  const t = useT();
  return (
    <Table data-testid="users-table">
      <THead>
        <tr>
          <Th>{t("users.col.user")}</Th>
          <Th>{t("users.col.role")}</Th>
          <Th>{t("users.col.status")}</Th>
          <Th>{t("users.col.created")}</Th>
          <Th>{t("users.col.lastLogin")}</Th>
          <Th className="text-right">{t("common.actions")}</Th>
        </tr>
      </THead>
      <TBody>
        {users.map((user) => {
          const self = user.id === currentUserId;
          const busy = pending?.id === user.id;
          return (
            <Tr key={user.id} data-testid="user-row" data-email={user.email}>
              <Td>
                <div className="font-medium">
                  {user.name}
                  {self && <span className="ml-1.5 text-xs font-normal text-muted">{t("users.you")}</span>}
                </div>
                <div className="text-xs text-muted">{user.email}</div>
              </Td>
              <Td className="w-36">
                <Select
                  aria-label={t("users.changeRole", { email: user.email })}
                  value={(busy && pending?.role) || user.role}
                  disabled={self || busy}
                  onChange={(e) => onUpdate({ id: user.id, role: e.target.value as Role })}
                  size="sm"
                  data-testid="user-role-select"
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`role.${r}`)}
                    </option>
                  ))}
                </Select>
              </Td>
              <Td>
                {user.disabled ? <Badge tone="danger">{t("users.status.disabled")}</Badge> : <Badge tone="success">{t("users.status.active")}</Badge>}
              </Td>
              <Td className="text-xs whitespace-nowrap text-muted">{formatDateTime(user.createdAt)}</Td>
              <Td className="text-xs whitespace-nowrap text-muted">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t("common.never")}</Td>
              <Td className="text-right whitespace-nowrap">
                <Button size="sm" variant="ghost" onClick={() => onResetPassword(user)} data-testid="user-reset-password">
                  {t("users.reset.open")}
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={self || busy}
                  onClick={() => onUpdate({ id: user.id, disabled: !user.disabled })}
                  data-testid="user-toggle-disabled"
                  className={user.disabled ? "" : "text-red-600 dark:text-red-400"}
                >
                  {user.disabled ? t("users.enable") : t("users.disable")}
                </Button>
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
