// Tags bound at launch (TagSpecification, seed 39262–39282; Tag seed 39244–39258). The key/value rules are the
// tag service's: reserved prefixes, allowed characters, lengths, no key twice, at most 50 per resource.
import { ApiError } from "../../protocol/errors";

export interface TagInput {
  Key?: string;
  Value?: string;
}
export interface TagSpecInput {
  ResourceType?: string;
  Tags?: TagInput[];
}
export interface Tag {
  Key: string;
  Value: string;
}

const RESERVED_TAG_PREFIXES = ["qcloud:", "tencent:", "project:"];
const TAG_KEY = /^[\p{L}\p{N} +\-=._:/@()[\]（）【】]{1,127}$/u;
const TAG_VALUE = /^[\p{L}\p{N} +\-=._:/@()[\]（）【】]{0,255}$/u;
export const MAX_TAGS_PER_RESOURCE = 50;
/** seed 39269: the resource types a TagSpecification may name. */
const RESOURCE_TYPES = ["instance", "host", "image", "keypair", "ps", "hpc"];

/** Checks one tag; throws the tag error RunInstances and DescribeInstances document. */
export function assertTag(key: string, value: string | undefined): void {
  if (RESERVED_TAG_PREFIXES.some((p) => key.toLowerCase().startsWith(p))) {
    throw new ApiError("FailedOperation.TagKeyReserved", { en: `The tag key \`${key}\` is reserved by the system.`, zh: `标签键 \`${key}\` 为系统预留标签。` });
  }
  if (!TAG_KEY.test(key)) throw new ApiError("FailedOperation.IllegalTagKey", { en: `The tag key \`${key}\` contains illegal characters or is too long.` });
  if (value !== undefined && !TAG_VALUE.test(value)) {
    throw new ApiError("FailedOperation.IllegalTagValue", { en: `The tag value \`${value}\` contains illegal characters or is too long.` });
  }
}

/** The tags a launch binds to its instances (ResourceType "instance"); the other resource types are checked only. */
export function instanceTagsOf(specs: readonly TagSpecInput[] | undefined): Tag[] {
  let tags: Tag[] = [];
  for (const spec of specs ?? []) {
    if (!RESOURCE_TYPES.includes(spec.ResourceType ?? "")) {
      throw new ApiError("InvalidParameterValue", { en: `TagSpecification.ResourceType "${spec.ResourceType}" is not one of ${RESOURCE_TYPES.join(", ")}.` });
    }
    const seen = new Set<string>();
    const list = (spec.Tags ?? []).map(({ Key = "", Value = "" }) => {
      assertTag(Key, Value);
      if (seen.has(Key)) throw new ApiError("InvalidParameterValue.DuplicateTags", { en: `The tag key \`${Key}\` is given twice.`, zh: `标签键 \`${Key}\` 重复。` });
      seen.add(Key);
      return { Key, Value };
    });
    if (list.length > MAX_TAGS_PER_RESOURCE) {
      throw new ApiError("InvalidParameterValue.TagQuotaLimitExceeded", { en: `At most ${MAX_TAGS_PER_RESOURCE} tags per resource.` });
    }
    if (spec.ResourceType === "instance") tags = list;
  }
  return tags;
}
