import type { ActionError } from "@/lib/action-result";
import type { Translate } from "@/lib/i18n/translate";
import { Icon } from "@/components/ui/icons";

/**
 * A failed cloud call, as the user should see it: what failed, Tencent's message, and the code and
 * RequestId that support asks for. Takes `t` so both server and client components can render it.
 */
export function CloudErrorPanel({ error, title, t }: { error: ActionError; title?: string; t: Translate }) {
  return (
    <div
      role="alert"
      data-testid="cloud-error"
      data-error-code={error.code}
      className="flex gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-[13px] text-red-900 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200"
    >
      <Icon name="alert" className="mt-0.5 size-4 shrink-0 text-red-600 dark:text-red-400" />
      <div className="min-w-0 space-y-1">
        <p className="font-semibold">{title ?? t("cloudError.title")}</p>
        <p className="break-words">{error.message}</p>
        <dl className="flex flex-wrap gap-x-4 gap-y-0.5 text-xs">
          <div className="flex gap-1">
            <dt className="opacity-75">{t("cloudError.code")}</dt>
            <dd className="font-mono" data-testid="cloud-error-code">{error.code}</dd>
          </div>
          {error.requestId && (
            <div className="flex gap-1">
              <dt className="opacity-75">{t("cloudError.requestId")}</dt>
              <dd className="font-mono select-all" data-testid="cloud-error-request-id">{error.requestId}</dd>
            </div>
          )}
        </dl>
      </div>
    </div>
  );
}
