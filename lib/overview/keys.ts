// Query key of the overview dashboard: every region of the account, in the UI language (region names).
export const overviewKeys = {
  all: (accountId: string) => ["cvm", accountId, "overview"] as const,
  dashboard: (accountId: string, language: string) => [...overviewKeys.all(accountId), "dashboard", language] as const,
};
