"use client";

import type { Locale } from "@/lib/i18n/config";
import type { ImageView } from "@/lib/images/types";
import { ConvertOsDialog } from "./dialogs/convert-os-dialog";
import { CreateImageDialog } from "./dialogs/create-image-dialog";
import { DeleteImagesDialog } from "./dialogs/delete-images-dialog";
import { EditImageDialog } from "./dialogs/edit-image-dialog";
import { ExportImagesDialog } from "./dialogs/export-images-dialog";
import { ImportImageDialog } from "./dialogs/import-image-dialog";
import { ShareImageDialog } from "./dialogs/share-image-dialog";
import { SyncImageDialog } from "./dialogs/sync-image-dialog";

/** Which dialog is open, and on what. */
export type ImageDialogState =
  | { kind: "create"; instanceId?: string }
  | { kind: "import" }
  | { kind: "convert" }
  | { kind: "edit" | "share" | "sync"; image: ImageView }
  | { kind: "export" | "delete"; images: ImageView[] }
  | null;

export function ImageDialogs({ state, accountId, region, language, onClose, onCreated, onSyncStarted }: {
  state: ImageDialogState;
  accountId: string;
  region: string;
  language: Locale;
  onClose: () => void;
  onCreated: (imageId: string) => void;
  onSyncStarted: (image: ImageView, copies: Array<{ Region: string; ImageId: string }>) => void;
}) {
  if (!state) return null;
  const scope = { accountId, region, onClose };
  switch (state.kind) {
    case "create":
      return <CreateImageDialog {...scope} initialInstanceId={state.instanceId} onCreated={onCreated} />;
    case "import":
      return <ImportImageDialog {...scope} onImported={onCreated} />;
    case "convert":
      return <ConvertOsDialog {...scope} />;
    case "edit":
      return <EditImageDialog {...scope} image={state.image} />;
    case "share":
      return <ShareImageDialog {...scope} image={state.image} />;
    case "sync":
      return <SyncImageDialog {...scope} language={language} image={state.image} onStarted={(copies) => onSyncStarted(state.image, copies)} />;
    case "export":
      return <ExportImagesDialog {...scope} images={state.images} />;
    case "delete":
      return <DeleteImagesDialog {...scope} images={state.images} />;
  }
}
