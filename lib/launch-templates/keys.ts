// Query keys of the launch template pages: account and region always in the key.
export const launchTemplateKeys = {
  all: (accountId: string) => ["cvm", accountId, "launch-templates"] as const,
  list: (accountId: string, region: string) => [...launchTemplateKeys.all(accountId), "list", region] as const,
  versions: (accountId: string, region: string, templateId: string) => [...launchTemplateKeys.all(accountId), "versions", region, templateId] as const,
};
