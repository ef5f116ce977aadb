// Errors of the image actions. Several rules (an image id's form, a name's length, an image that is busy) are shared
// by actions that document different codes for them; `refuse` picks the first candidate the action documents
// (its errorCodes in the seed), falling back to the last candidate, which is a common code.
import { getActionSpec } from "../../catalog/action-specs";
import { ApiError } from "../../protocol/errors";
import { isWellFormedId } from "../ids";

export interface CodeCtx {
  action?: string;
}

export function documentedCode(ctx: CodeCtx, candidates: readonly string[]): string {
  const documented = ctx.action ? getActionSpec(ctx.action)?.errorCodes : undefined;
  return candidates.find((c) => !documented || documented.includes(c)) ?? candidates[candidates.length - 1];
}

export function refuse(ctx: CodeCtx, candidates: readonly string[], en: string, zh?: string): ApiError {
  return new ApiError(documentedCode(ctx, candidates), { en, ...(zh ? { zh } : {}) });
}

/** seed 25019 / 26134: an image id is img- and 8 of [a-z0-9] (InvalidImageId.Malformed). */
export function assertImageIdForm(ctx: CodeCtx, imageId: string): void {
  if (!isWellFormedId("img", imageId)) {
    throw refuse(ctx, ["InvalidImageId.Malformed", "InvalidParameterValue"], `The image ID \`${imageId}\` is malformed; expected img-xxxxxxxx.`, `镜像ID \`${imageId}\` 格式错误。`);
  }
}

export function imageNotFound(ctx: CodeCtx, imageId: string): ApiError {
  return refuse(ctx, ["InvalidImageId.NotFound", "ResourceNotFound"], `The image \`${imageId}\` does not exist.`, `未找到镜像 \`${imageId}\`。`);
}

/** A Boolean-like String param ("true" / "false", e.g. CreateImage ForcePoweroff seed 27724, Sysprep seed 27733). */
export function stringFlag(name: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.toLowerCase();
  if (v !== "true" && v !== "false") {
    throw new ApiError("InvalidParameterValue", { en: `${name} must be "true" or "false", got "${value}".`, zh: `${name} 取值只能为 true 或 false。` });
  }
  return v === "true";
}
