import { dehydrate, QueryClient, type DehydratedState, type QueryKey } from "@tanstack/react-query";

/**
 * Server components fetch through server/queries and hand the results to React Query as already-fetched
 * data, so client components render them at once and refetch through the GET routes later.
 */
export function dehydrateEntries(entries: Array<[QueryKey, unknown]>): DehydratedState {
  const client = new QueryClient();
  for (const [key, data] of entries) client.setQueryData(key, data);
  return dehydrate(client);
}
