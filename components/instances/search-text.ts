import type { MessageKey, Translate } from "@/lib/i18n/translate";
import type { SearchError, SearchTerm } from "@/lib/instances/search-syntax";
import { stateLabel } from "./state-badge";
import { chargeLabel } from "./charge-label";

// Words for what the search box understood (chips) and what it did not (errors), in the UI language.

const FILTER_LABELS: Record<string, MessageKey> = {
  "instance-name": "instances.filter.instance-name",
  "instance-id": "instances.filter.instance-id",
  uuid: "instances.filter.uuid",
  zone: "instances.filter.zone",
  "instance-state": "instances.filter.instance-state",
  "instance-charge-type": "instances.filter.instance-charge-type",
  "project-id": "instances.filter.project-id",
  "vpc-id": "instances.filter.vpc-id",
  "subnet-id": "instances.filter.subnet-id",
  "security-group-id": "instances.filter.security-group-id",
  "private-ip-address": "instances.filter.private-ip-address",
  "public-ip-address": "instances.filter.public-ip-address",
  "ipv6-address": "instances.filter.ipv6-address",
  "host-id": "instances.filter.host-id",
  "dedicated-cluster-id": "instances.filter.dedicated-cluster-id",
  "tag-key": "instances.filter.tag-key",
  "tag-value": "instances.filter.tag-value",
  "creation-start-time": "instances.filter.creation-start-time",
  "creation-end-time": "instances.filter.creation-end-time",
};

export function filterLabel(t: Translate, filter: string): string {
  if (filter.startsWith("tag:")) return t("instances.filter.tag", { key: filter.slice(4) });
  return FILTER_LABELS[filter] ? t(FILTER_LABELS[filter]) : filter;
}

function valueLabel(t: Translate, filter: string, value: string): string {
  if (filter === "instance-state") return stateLabel(t, value);
  if (filter === "instance-charge-type") return chargeLabel(t, value);
  return value;
}

/** "State: Running, Stopped". */
export function termLabel(t: Translate, term: SearchTerm): string {
  return `${filterLabel(t, term.filter)}: ${term.values.map((v) => valueLabel(t, term.filter, v)).join(", ")}`;
}

export function searchErrorText(t: Translate, e: SearchError): string {
  const vars = { token: e.token, key: e.key ?? "", value: e.value ?? "", suggestion: e.suggestion ?? "" };
  switch (e.code) {
    case "unknownKey":
      return e.suggestion ? t("instances.search.error.unknownKeySuggest", vars) : t("instances.search.error.unknownKey", vars);
    case "emptyValue":
      return t("instances.search.error.emptyValue", vars);
    case "badState":
      return t("instances.search.error.badState", vars);
    case "badChargeType":
      return t("instances.search.error.badChargeType", vars);
    case "badProject":
      return t("instances.search.error.badProject", vars);
    case "badDate":
      return t("instances.search.error.badDate", vars);
    case "badTag":
      return t("instances.search.error.badTag", vars);
    case "tooManyValues":
      return t("instances.search.error.tooManyValues", { key: filterLabel(t, e.key ?? ""), max: e.value ?? "" });
    case "tooManyFilters":
      return t("instances.search.error.tooManyFilters", { max: e.value ?? "" });
    case "unclosedQuote":
      return t("instances.search.error.unclosedQuote");
  }
}
