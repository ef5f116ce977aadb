"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import type { PurchaseConfig } from "@/lib/purchase/config";
import { apiRequestText } from "@/lib/purchase/request";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Segmented } from "./controls";

/** The equivalent RunInstances request, to copy for tccli or an SDK (the password replaced by a placeholder). */
export function ApiRequestDialog({ open, onClose, config }: { open: boolean; onClose: () => void; config: PurchaseConfig }) {
  const t = useT();
  const [format, setFormat] = useState<"json" | "tccli">("json");
  const [copied, setCopied] = useState(false);
  const text = open ? apiRequestText(config)[format] : "";
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2_000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t("purchase.api.title")}
      description={t("purchase.api.description")}
      closeLabel={t("common.close")}
      testId="purchase-api-dialog"
      size="lg"
      footer={
        <>
          <Button onClick={onClose}>{t("common.close")}</Button>
          <Button variant="primary" onClick={copy} data-testid="purchase-api-copy">
            {copied ? t("purchase.api.copied") : t("purchase.api.copy")}
          </Button>
        </>
      }
    >
      <div className="mb-2 flex items-center justify-between gap-2">
        <Segmented<"json" | "tccli">
          name="purchase-api-format"
          label={t("purchase.api.format")}
          value={format}
          onChange={setFormat}
          options={[
            { value: "json", label: "JSON (SDK)" },
            { value: "tccli", label: "tccli" },
          ]}
        />
        <span className="text-xs text-muted">RunInstances · 2017-03-12 · {config.region}</span>
      </div>
      <pre className="max-h-[55vh] overflow-auto rounded-md border border-line bg-subtle p-3 font-mono text-xs leading-5 select-all" data-testid="purchase-api-text">
        {text}
      </pre>
      <p className="mt-2 text-xs text-muted">{t("purchase.api.passwordNote")}</p>
    </Dialog>
  );
}
