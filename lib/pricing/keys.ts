// Query keys of the pricing page: account and region always in the key (STYLE: query keys), and the language,
// because zone and type names come back translated. `search` is the spec's canonical URL parameters.
export const pricingKeys = {
  all: (accountId: string) => ["cvm", accountId, "pricing"] as const,
  shapes: (accountId: string, region: string, language: string) => [...pricingKeys.all(accountId), "shapes", region, language] as const,
  matrix: (accountId: string, region: string, language: string, search: string) =>
    [...pricingKeys.all(accountId), "matrix", region, language, search] as const,
};
