"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { fetchJson, ApiRouteError } from "@/lib/queries/fetch-json";
import { Button } from "@/components/ui/button";

/**
 * Opens Tencent's web VNC console for the instance (operators and admins; the route checks again). The address
 * is asked for on click because it works once and for 15 seconds only (seed 11743). The window is opened before
 * the request so popup blockers allow it, then pointed at the console.
 */
export function VncButton({ instanceId, region, disabled }: { instanceId: string; region: string; disabled?: boolean }) {
  const t = useT();
  const [state, setState] = useState<{ pending: boolean; error?: string }>({ pending: false });
  const open = async () => {
    const win = window.open("", "_blank");
    if (win) win.opener = null;
    setState({ pending: true });
    try {
      const { url } = await fetchJson<{ url: string }>(`/api/instances/${instanceId}/vnc?region=${encodeURIComponent(region)}`);
      if (win) win.location.href = url;
      else window.location.assign(url);
      setState({ pending: false });
    } catch (err) {
      win?.close();
      setState({ pending: false, error: err instanceof ApiRouteError ? `${err.error.code}: ${err.error.message}` : t("error.generic") });
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      {state.error && (
        <span role="alert" className="max-w-64 truncate text-xs text-red-700 dark:text-red-300" title={state.error} data-testid="vnc-error">
          {state.error}
        </span>
      )}
      <Button variant="secondary" onClick={open} disabled={disabled || state.pending} data-testid="vnc-open" title={t("instances.vnc.hint")}>
        {state.pending ? t("instances.vnc.opening") : t("instances.vnc.button")}
      </Button>
    </span>
  );
}
