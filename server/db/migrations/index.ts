import type { Migration } from "kysely";
import { initial } from "./0001-initial";
import { userPreferences } from "./0002-user-preferences";
import { purchaseIntents } from "./0003-purchase-intents";
import { sharedViews } from "./0004-shared-views";
import { auditFilters } from "./0005-audit-filters";

// A static list, not a folder scan: Next bundles server code, so there is no migrations folder at run time.
// Names sort in the order they must run; never rename or reorder a shipped entry.
export const migrations: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-user-preferences": userPreferences,
  "0003-purchase-intents": purchaseIntents,
  "0004-shared-views": sharedViews,
  "0005-audit-filters": auditFilters,
};
