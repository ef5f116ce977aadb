import type { ActionResult } from "@/lib/action-result";

// What the image server actions answer (never a thrown error, never a secret).
export type ImageWriteResult = ActionResult<{ requestId: string }>;
export type CreateImageResult = ActionResult<{ requestId: string; imageId: string }>;
export type SyncImageResult = ActionResult<{ requestId: string; copies: Array<{ Region: string; ImageId: string }> }>;
export type ExportImagesResult = ActionResult<{ requestId: string; taskId: number; cosPaths: string[] }>;
export type ConvertOsResult = ActionResult<{ requestId: string; taskId: string; targets: Array<{ TargetOSType: string; TargetOSVersion: string }>; dryRun: boolean }>;
export type DeleteImagesResult = ActionResult<{ requestId: string; dryRun: boolean }>;
