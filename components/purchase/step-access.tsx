"use client";

import { useT } from "@/lib/i18n/provider";
import { LOGIN_MODES, MAX_TAGS, type LoginMode } from "@/lib/purchase/constants";
import { previewNames } from "@/lib/purchase/naming";
import { PASSWORD_SPECIALS } from "@/lib/purchase/login-rules";
import { usePurchaseOptions } from "@/lib/purchase/queries";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Check, NumberInput, Row, Section, Segmented, type StepProps } from "./controls";
import { IdListInput, firstIndexed } from "./step-storage-network";

function NamePreview({ template, count, testId }: { template: string; count: number; testId: string }) {
  const t = useT();
  if (!template || !(count >= 1)) return null;
  const { shown, last, more } = previewNames(template, Math.min(count, 100));
  return (
    <p className="mt-1 text-xs text-muted" data-testid={testId}>
      {t("purchase.namesPreview")}{" "}
      <span className="font-mono text-fg">
        {shown.join(", ")}
        {last !== undefined && ` … ${last}`}
      </span>
      {more > 0 && <span> {t("purchase.namesMore", { n: more })}</span>}
    </p>
  );
}

/** Step 4: how to log in (seed 38213–38243), names with {R:x} previewed for the count, tags and the rest. */
export function StepAccess({
  accountId,
  config,
  set,
  err,
  confirm,
  setConfirm,
  confirmError,
}: StepProps & { confirm: string; setConfirm: (v: string) => void; confirmError?: string }) {
  const t = useT();
  const keys = usePurchaseOptions(accountId, config.region, "keyPairs", config.loginMode === "keyPair");
  const groups = usePurchaseOptions(accountId, config.region, "placementGroups");
  const windows = config.platform === "WINDOWS";
  const modes = LOGIN_MODES.map((m) => ({
    value: m,
    label: t(`purchase.login.${m}`),
    disabled: (m === "keyPair" && windows) || (m === "keepImage" && config.imageSource === "PUBLIC_IMAGE"),
    title: m === "keyPair" && windows ? t("purchase.error.keyPairWindows") : m === "keepImage" && config.imageSource === "PUBLIC_IMAGE" ? t("purchase.error.keepImagePublic") : undefined,
  }));
  const setTag = (i: number, patch: Partial<{ key: string; value: string }>) => set({ tags: config.tags.map((x, j) => (j === i ? { ...x, ...patch } : x)) });

  return (
    <>
      <Section title={t("purchase.section.login")} hint={t(windows ? "purchase.section.loginHintWindows" : "purchase.section.loginHint")}>
        <Row label={t("purchase.loginMode")} error={err("loginMode")}>
          <Segmented<LoginMode> name="purchase-login" label={t("purchase.loginMode")} value={config.loginMode} onChange={(loginMode) => set({ loginMode })} options={modes} />
        </Row>
        {config.loginMode === "password" && (
          <>
            <Row
              label={t("purchase.password")}
              htmlFor="purchase-password"
              error={err("password")}
              hint={t(windows ? "purchase.passwordRulesWindows" : "purchase.passwordRulesLinux", { specials: PASSWORD_SPECIALS })}
            >
              <Input
                id="purchase-password"
                data-testid="purchase-password"
                type="password"
                autoComplete="new-password"
                value={config.password}
                onChange={(e) => set({ password: e.target.value })}
                aria-invalid={!!err("password") || undefined}
                className="max-w-72"
              />
            </Row>
            <Row label={t("purchase.passwordConfirm")} htmlFor="purchase-password-confirm" error={confirmError}>
              <Input
                id="purchase-password-confirm"
                data-testid="purchase-password-confirm"
                type="password"
                autoComplete="new-password"
                value={confirm}
                onChange={(e) => setConfirm(e.target.value)}
                aria-invalid={!!confirmError || undefined}
                className="max-w-72"
              />
            </Row>
          </>
        )}
        {config.loginMode === "keyPair" && (
          <Row label={t("purchase.keyPairs")} htmlFor="purchase-key-ids" error={firstIndexed(err, "keyIds", config.keyIds.length)}>
            {keys.data && !keys.data.unavailable && keys.data.items.length > 0 ? (
              <div className="flex max-h-40 flex-col gap-1 overflow-auto" data-testid="purchase-key-list">
                {keys.data.items.map((k) => (
                  <Check
                    key={k.id}
                    id={`purchase-key-${k.id}`}
                    label={
                      <>
                        {k.name} <span className="font-mono text-xs text-muted">{k.id}</span>
                      </>
                    }
                    checked={config.keyIds.includes(k.id)}
                    onChange={(on) => set({ keyIds: on ? [...config.keyIds, k.id] : config.keyIds.filter((x) => x !== k.id) })}
                  />
                ))}
              </div>
            ) : (
              <>
                <IdListInput id="purchase-key-ids" initial={config.keyIds} placeholder="skey-xxxxxxxx" onChange={(keyIds) => set({ keyIds })} />
                <p className="mt-1 text-xs text-muted">{keys.isPending ? t("common.loading") : keys.data?.unavailable ? t("purchase.listUnavailable") : t("purchase.noKeyPairs")}</p>
              </>
            )}
          </Row>
        )}
        {config.loginMode === "random" && <p className="text-xs text-muted">{t("purchase.login.randomHint")}</p>}
        {config.loginMode === "keepImage" && <p className="text-xs text-muted">{t("purchase.login.keepImageHint")}</p>}
      </Section>

      <Section title={t("purchase.section.names")} hint={t("purchase.section.namesHint")}>
        <Row label={t("purchase.instanceName")} htmlFor="purchase-name" error={err("instanceName")}>
          <Input id="purchase-name" data-testid="purchase-name" placeholder="web-{R:1}" value={config.instanceName} onChange={(e) => set({ instanceName: e.target.value })} className="max-w-80 max-w-full" />
          <NamePreview template={config.instanceName} count={config.count} testId="purchase-name-preview" />
        </Row>
        <Row label={t("purchase.hostName")} htmlFor="purchase-host-name" error={err("hostName")} hint={t(windows ? "purchase.hostNameRulesWindows" : "purchase.hostNameRulesLinux")}>
          <Input id="purchase-host-name" data-testid="purchase-host-name" placeholder="web{R:1}" value={config.hostName} onChange={(e) => set({ hostName: e.target.value.trim() })} className="max-w-80 max-w-full font-mono" />
          <NamePreview template={config.hostName} count={config.count} testId="purchase-host-name-preview" />
        </Row>
        <Row label={t("purchase.tags")} error={err("tags")}>
          <div className="flex flex-col gap-1.5" data-testid="purchase-tags">
            {config.tags.map((tag, i) => (
              <div key={i} className="flex flex-wrap items-center gap-2">
                <Input aria-label={t("purchase.tagKey")} placeholder={t("purchase.tagKey")} value={tag.key} onChange={(e) => setTag(i, { key: e.target.value })} className="max-w-40" data-testid={`tag-key-${i}`} />
                <Input aria-label={t("purchase.tagValue")} placeholder={t("purchase.tagValue")} value={tag.value} onChange={(e) => setTag(i, { value: e.target.value })} className="max-w-48" data-testid={`tag-value-${i}`} />
                <Button size="sm" variant="ghost" onClick={() => set({ tags: config.tags.filter((_, j) => j !== i) })}>
                  {t("purchase.remove")}
                </Button>
                {(err(`tags.${i}.key`) ?? err(`tags.${i}.value`)) && <span className="text-xs text-red-600 dark:text-red-400">{err(`tags.${i}.key`) ?? err(`tags.${i}.value`)}</span>}
              </div>
            ))}
            <div>
              <Button size="sm" onClick={() => set({ tags: [...config.tags, { key: "", value: "" }] })} disabled={config.tags.length >= MAX_TAGS} data-testid="tag-add">
                {t("purchase.addTag")}
              </Button>
            </div>
          </div>
        </Row>
      </Section>

      <Section title={t("purchase.section.advanced")}>
        <Row label={t("purchase.placementGroup")} htmlFor="purchase-placement-group" error={err("placementGroupId")}>
          {groups.data && !groups.data.unavailable ? (
            <Select id="purchase-placement-group" data-testid="purchase-placement-group" value={config.placementGroupId} onChange={(e) => set({ placementGroupId: e.target.value })} wrapperClassName="w-80 max-w-full">
              <option value="">{t("purchase.none")}</option>
              {groups.data.items.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name} · {g.id} {g.hint ? `· ${g.hint}` : ""}
                </option>
              ))}
            </Select>
          ) : (
            <Input id="purchase-placement-group" placeholder="ps-xxxxxxxx" value={config.placementGroupId} onChange={(e) => set({ placementGroupId: e.target.value.trim() })} className="max-w-48 font-mono" />
          )}
        </Row>
        <Row label={t("purchase.project")} htmlFor="purchase-project">
          <NumberInput id="purchase-project" value={config.projectId} min={0} onChange={(projectId) => set({ projectId })} />
        </Row>
        <Row label={t("purchase.protection")}>
          <Check id="purchase-protection" label={t("purchase.protectionLabel")} checked={config.disableApiTermination} onChange={(disableApiTermination) => set({ disableApiTermination })} />
        </Row>
        <Row label={t("purchase.userData")} htmlFor="purchase-user-data" error={err("userData")} hint={t("purchase.userDataHint")}>
          <textarea
            id="purchase-user-data"
            data-testid="purchase-user-data"
            rows={4}
            spellCheck={false}
            value={config.userData}
            onChange={(e) => set({ userData: e.target.value })}
            placeholder="#!/bin/bash"
            className="w-full max-w-xl rounded-md border border-line-strong bg-surface px-2.5 py-1.5 font-mono text-xs focus:border-accent focus:ring-2 focus:ring-accent/25 focus:outline-none"
          />
        </Row>
      </Section>
    </>
  );
}
