// Tags bound at creation through TagSpecification (seed 39259–39281) by AllocateHosts ("host") and
// CreateHpcCluster ("hpc"), with the tag service's rules (assertTag, state/instances/tags.ts). Neither page documents
// the tag service's own codes (FailedOperation.TagKeyReserved …), so a broken rule answers the common
// InvalidParameterValue with the specific message.
import { ApiError } from "../../protocol/errors";
import { withDocumentedCodes } from "../pricing-inputs/documented-codes";
import { assertTag, MAX_TAGS_PER_RESOURCE, type Tag, type TagSpecInput } from "../instances/tags";

/** seed 39269: the ResourceType values a TagSpecification may carry. */
const RESOURCE_TYPES = ["instance", "host", "image", "keypair", "ps", "hpc"];

/** The tags `specs` bind to a resource of `resourceType`; specs for other types are checked and ignored. */
export function resourceTagsOf(action: string, specs: readonly TagSpecInput[] | undefined, resourceType: string): Tag[] {
  let tags: Tag[] = [];
  for (const spec of specs ?? []) {
    if (!RESOURCE_TYPES.includes(spec.ResourceType ?? "")) {
      throw new ApiError("InvalidParameterValue", { en: `TagSpecification.ResourceType "${spec.ResourceType}" is not one of ${RESOURCE_TYPES.join(", ")}.` });
    }
    const seen = new Set<string>();
    const list = (spec.Tags ?? []).map(({ Key = "", Value = "" }) => {
      withDocumentedCodes(action, () => assertTag(Key, Value));
      if (seen.has(Key)) throw new ApiError("InvalidParameterValue", { en: `The tag key \`${Key}\` is given twice.`, zh: `标签键 \`${Key}\` 重复。` });
      seen.add(Key);
      return { Key, Value };
    });
    if (list.length > MAX_TAGS_PER_RESOURCE) throw new ApiError("InvalidParameterValue", { en: `At most ${MAX_TAGS_PER_RESOURCE} tags per resource.` });
    if (spec.ResourceType === resourceType) tags = list;
  }
  return tags;
}
