import type { ImageView } from "./types";

// Which image operations apply to an image, and why not when they do not: the seed's documented rules, checked
// before a dialog opens so the operator reads the reason instead of an error code. The API still has the last word.

/** seed 36804: states with work in flight; such an image can be neither used nor changed until it lands. */
export const BUSY_STATES = ["CREATING", "SYNCING", "IMPORTING"] as const;
export const FAILED_STATES = ["CREATEFAILED", "IMPORTFAILED"] as const;

export const isBusy = (state: string) => (BUSY_STATES as readonly string[]).includes(state);
export const isFailed = (state: string) => (FAILED_STATES as readonly string[]).includes(state);

export type ImageOperation = "launch" | "edit" | "share" | "sync" | "export" | "delete";

/** Why an operation is unavailable; each has an i18n message `images.reason.<Reason>`. */
export type ImageRefusal = "notOwn" | "public" | "busy" | "notNormal" | "byol" | "windows" | "redhat";

const own = (i: ImageView) => i.ImageType === "PRIVATE_IMAGE";

/**
 * null when `op` may be tried on `image`, else the reason it may not. Sources:
 * - launch: an image must be NORMAL to boot (RunInstances InvalidParameterValue.InvalidImageState).
 * - edit: only the owner's custom images (seed 26134: "共享镜像无法更改名称，描述"), not while busy
 *   (ModifyImageAttribute InvalidImageId.IncorrectState). Shared-with-others is checked by the dialog (seed 26713).
 * - share: own, NORMAL (seed 26162), not BYOL (FailedOperation.BYOLImageShareFailed).
 * - sync: own or shared with us (seed 26363: a shared image is copied into its own region), NORMAL (seed 26392).
 * - export: own (UnsupportedOperation.PublicImageExportUnsupported / SharedImageExportUnsupported), NORMAL, not
 *   Windows or Red Hat (UnsupportedOperation.WindowsImageExportUnsupported / RedHatImageExportUnsupported).
 * - delete: own (InvalidParameterValue.InvalidImageIdIsShared), not CREATING or in use (seed 26902).
 */
export function refusalOf(op: ImageOperation, image: ImageView): ImageRefusal | null {
  const state = image.ImageState;
  if (op === "launch") return state === "NORMAL" ? null : isBusy(state) ? "busy" : "notNormal";
  if (image.ImageType === "PUBLIC_IMAGE") return "public";
  if (op === "sync") return state === "NORMAL" ? null : isBusy(state) ? "busy" : "notNormal";
  if (!own(image)) return "notOwn";
  if (op === "edit") return isBusy(state) ? "busy" : null;
  if (op === "delete") return isBusy(state) ? "busy" : null;
  if (state !== "NORMAL") return isBusy(state) ? "busy" : "notNormal";
  if (op === "share") return image.LicenseType === "BYOL" ? "byol" : null;
  // op === "export"
  if (/windows/i.test(image.Platform)) return "windows";
  if (/red\s?hat/i.test(image.Platform)) return "redhat";
  return null;
}

/**
 * The documented refusals of DeleteImages (seed 26896–27117) and what each means for the operator, as i18n keys
 * `images.delete.refusal.<code>`; other codes are shown with Tencent's own message.
 */
export const DELETE_REFUSALS = [
  "InvalidImageId.InShared",
  "InvalidImageId.IncorrectState",
  "InvalidParameterValue.InvalidImageIdIsShared",
  "InvalidParameterValue.InvalidImageId",
  "MutexOperation.TaskRunning",
] as const;
export type DeleteRefusal = (typeof DELETE_REFUSALS)[number];

export function isDeleteRefusal(code: string): code is DeleteRefusal {
  return (DELETE_REFUSALS as readonly string[]).includes(code);
}

/** The account ids typed into the share box: split on commas, spaces and new lines; duplicates dropped. */
export function parseAccountIds(text: string): string[] {
  return [...new Set(text.split(/[\s,;，；]+/).map((s) => s.trim()).filter(Boolean))];
}

/** seed 26171: a receiver is a main-account id (UIN), digits only (not a QQ number, not an APPID). */
export const ACCOUNT_ID = /^\d{5,20}$/;
