"use client";

import { useCallback, useMemo, useState } from "react";
import Link from "next/link";
import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/cn";
import type { MessageKey } from "@/lib/i18n/translate";
import { useZonesQuery } from "@/lib/queries/regions";
import { applyChange, configErrors, type PurchaseConfig } from "@/lib/purchase/config";
import { firstAvailableZone, pickDefaultImage, pickDefaultType, platformOfImage } from "@/lib/purchase/defaults";
import { formFieldErrors } from "@/lib/purchase/outcome";
import { usePurchaseImages, usePurchasePrice, useTypeOffers, useZoneQuotas } from "@/lib/purchase/queries";
import { usePurchaseCatalog } from "@/lib/purchase/catalog-query";
import { quotaImpact } from "@/lib/purchase/quota";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/shell/page-header";
import { ApiRequestDialog } from "./api-request-dialog";
import { ImagePicker } from "./image-picker";
import { PurchaseResult } from "./purchase-result";
import { SaveTemplateDialog } from "./save-template-dialog";
import { StepAccess } from "./step-access";
import { StepLocation } from "./step-location";
import { StepStorageNetwork } from "./step-storage-network";
import { PurchaseSummary, type BlockReason } from "./summary";
import { TypeTable } from "./type-table";
import { Row, Section } from "./controls";
import { StepsNav, STEP_TITLES } from "./steps-nav";
import { useBuy } from "./use-buy";

/** The fields each step edits (error counts on the step buttons, "go to the problem"). */
const STEP_FIELDS: readonly (readonly string[])[] = [
  ["region", "zone", "chargeType", "period", "renewFlag", "spotMaxPrice", "hostId", "count"],
  ["instanceType", "imageSource", "imageId", "platform"],
  ["systemDisk", "dataDisks", "vpcId", "subnetId", "publicIp", "internetChargeType", "bandwidth", "securityGroupIds"],
  ["loginMode", "password", "passwordConfirm", "keyIds", "instanceName", "hostName", "tags", "userData", "placementGroupId", "projectId", "disableApiTermination"],
];
/** Fields that decide the price: while one of them is wrong there is nothing to ask about. */
const PRICE_FIELDS = new Set(["zone", "chargeType", "period", "spotMaxPrice", "hostId", "count", "instanceType", "imageId", "systemDisk", "dataDisks", "internetChargeType", "bandwidth"]);

const top = (path: string) => path.split(".")[0];
const stepOf = (path: string) => STEP_FIELDS.findIndex((f) => f.includes(top(path)));

export type PurchaseOrigin = { kind: "instance" | "template"; id: string; found: boolean } | null;

export function PurchaseWizard({ accountId, language, canBuy, initial, origin }: { accountId: string; language: string; canBuy: boolean; initial: PurchaseConfig; origin: PurchaseOrigin }) {
  const t = useT();
  const [stored, setStored] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set(origin ? Object.keys(initial) : []));
  const [showAll, setShowAll] = useState(false);
  const [step, setStep] = useState(0);
  const [confirm, setConfirm] = useState("");
  const [dialog, setDialog] = useState<"api" | "template" | null>(null);
  const { buy, reset, outcome, buying, isSameSubmission } = useBuy(accountId, t("purchase.uncertain.body"));

  // Choices the operator has not made yet are derived (first zone that sells, a 2C4G type, a current Linux image),
  // so a price shows at once; making a choice stores it.
  const zones = useZonesQuery(accountId, stored.region, language);
  const zone = stored.zone || firstAvailableZone(zones.data);
  const offers = useTypeOffers(accountId, stored.region, zone, stored.chargeType, language);
  const offerList = useMemo(() => offers.data?.TypeSet ?? [], [offers.data]);
  const catalog = usePurchaseCatalog(accountId, stored.region, language);
  const instanceType = stored.instanceType || pickDefaultType(offerList);
  const images = usePurchaseImages(accountId, stored.region, stored.imageSource, instanceType);
  const defaultImage = stored.imageId || stored.imageSource === "MARKET" ? undefined : pickDefaultImage(images.data?.ImageSet ?? []);
  const config: PurchaseConfig = useMemo(
    () => ({
      ...stored,
      zone,
      instanceType,
      ...(defaultImage ? { imageId: defaultImage.ImageId, platform: platformOfImage(defaultImage) } : {}),
    }),
    [stored, zone, instanceType, defaultImage],
  );
  const offer = offerList.find((o) => o.InstanceType === config.instanceType);
  const image = images.data?.ImageSet.find((i) => i.ImageId === config.imageId);
  const zoneName = zones.data?.find((z) => z.Zone === config.zone)?.ZoneName ?? config.zone;

  const set = useCallback((patch: Partial<PurchaseConfig>) => {
    setStored((prev) => applyChange(prev, patch));
    setTouched((prev) => new Set([...prev, ...Object.keys(patch)]));
  }, []);

  // Problems: the schema's, the catalogue's (a type not sold here), the confirmation, and the server's last answer.
  const errors: Record<string, string> = useMemo(() => {
    const out = configErrors(config);
    if (config.instanceType && offers.data && (!offer || offer.Status !== "SELL")) out.instanceType ??= offer ? "purchase.error.typeSoldOut" : "purchase.error.typeUnavailable";
    if (config.loginMode === "password" && confirm !== config.password) out.passwordConfirm ??= "purchase.error.passwordMismatch";
    return out;
  }, [config, offers.data, offer, confirm]);
  const serverErrors = outcome?.kind === "failed" ? formFieldErrors(outcome.error.fieldErrors) : {};
  const err = (path: string) => {
    const key = errors[path] ?? serverErrors[path];
    if (!key || !(showAll || touched.has(top(path)) || serverErrors[path])) return undefined;
    return t(key as MessageKey);
  };
  const stepErrors = STEP_FIELDS.map((_, i) => Object.keys(errors).filter((p) => stepOf(p) === i).length);

  const priceComplete = !Object.keys(errors).some((p) => PRICE_FIELDS.has(top(p)));
  const price = usePurchasePrice(accountId, config, priceComplete);
  const quotas = useZoneQuotas(accountId, config.region);
  const impact = quotaImpact(quotas.data?.[config.zone], config.chargeType, Number.isFinite(config.count) ? config.count : 0, offer?.Cpu ?? 0);

  // After an unknown outcome, Buy retries the same order only while the configuration is unchanged.
  const uncertain = outcome?.kind === "failed" && outcome.uncertain ? (isSameSubmission(config) ? "retry" : "changed") : null;
  const blocked: BlockReason[] = [];
  if (!canBuy) blocked.push({ key: "role", text: t("purchase.blocked.role") });
  const errorCount = Object.keys(errors).length;
  if (errorCount > 0) {
    const first = Object.keys(errors)[0];
    blocked.push({ key: "errors", text: t("purchase.blocked.errors", { count: errorCount, first: t(errors[first] as MessageKey) }), step: Math.max(0, stepOf(first)) });
  }
  // A retry of the same order is never blocked by quota or price: its own instances may already hold the quota.
  const retrying = uncertain === "retry";
  if (impact?.exceeds && !retrying) {
    blocked.push({
      key: "quota",
      text: t(impact.exceeds === "once" ? "purchase.blocked.quotaOnce" : "purchase.blocked.quota", {
        needed: impact.needed,
        remaining: impact.remaining,
        once: impact.once ?? 0,
        unit: impact.unit === "vcpus" ? t("purchase.quota.vcpus") : t("purchase.quota.instances"),
      }),
      step: 0,
    });
  }
  if (errorCount === 0 && !retrying) {
    if (price.state === "recalculating") blocked.push({ key: "price", text: t("purchase.blocked.pricing") });
    if (price.state === "error") blocked.push({ key: "priceError", text: t("purchase.blocked.priceError") });
  }

  const onBuy = async () => {
    if (blocked.length > 0) return; // the button is disabled; the reasons are listed under it
    const result = await buy(config);
    if (!result.ok && result.error.fieldErrors) setShowAll(true);
  };

  const stepProps = { accountId, language, config, set, err };
  return (
    <>
      <PageHeader
        title={t("purchase.title")}
        description={t("purchase.description")}
        actions={
          <>
            <Button onClick={() => setDialog("api")} data-testid="purchase-open-api">
              {t("purchase.api.open")}
            </Button>
            {canBuy && (
              <Button onClick={() => setDialog("template")} data-testid="purchase-open-template">
                {t("purchase.template.button")}
              </Button>
            )}
            <Link href="/instances" className={buttonClass("ghost")}>
              {t("purchase.backToList")}
            </Link>
          </>
        }
      />
      {origin && (
        <p
          className={cn("mb-3 rounded-md px-3 py-2 text-[13px]", origin.found ? "bg-accent-soft text-fg" : "bg-amber-50 text-amber-900 dark:bg-amber-400/10 dark:text-amber-200")}
          data-testid="purchase-origin"
        >
          {origin.found ? t(origin.kind === "instance" ? "purchase.origin.instance" : "purchase.origin.template", { id: origin.id }) : t("purchase.origin.missing", { id: origin.id })}
        </p>
      )}
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <StepsNav step={step} onStep={setStep} problems={stepErrors.map((n, i) => (n > 0 && (showAll || STEP_FIELDS[i].some((f) => touched.has(f))) ? n : null))} />
          <Card>
            {step === 0 && <StepLocation {...stepProps} offer={offer} />}
            {step === 1 && (
              <>
                <Section title={t("purchase.section.type")} hint={t("purchase.section.typeHint", { zone: zoneName })}>
                  <TypeTable
                    offers={offerList}
                    value={config.instanceType}
                    onChange={(o) => set({ instanceType: o.InstanceType })}
                    prepaid={config.chargeType === "PREPAID"}
                    language={language}
                    loading={offers.isPending}
                    catalog={catalog.data}
                  />
                  {err("instanceType") && (
                    <p role="alert" className="mt-1.5 text-xs text-red-600 dark:text-red-400" data-testid="purchase-type-error">
                      {err("instanceType")}
                    </p>
                  )}
                </Section>
                <Section title={t("purchase.section.image")} hint={t("purchase.section.imageHint")}>
                  <ImagePicker {...stepProps} />
                  {image && (
                    <Row label={t("purchase.selected")}>
                      <p className="pt-1.5 text-[13px]" data-testid="purchase-image-selected">
                        {image.OsName} <span className="font-mono text-xs text-muted">{image.ImageId}</span>
                      </p>
                    </Row>
                  )}
                </Section>
              </>
            )}
            {step === 2 && <StepStorageNetwork {...stepProps} offer={offer} internetChargeTypes={catalog.data?.internetChargeTypes} />}
            {step === 3 && <StepAccess {...stepProps} confirm={confirm} setConfirm={setConfirm} confirmError={err("passwordConfirm")} />}
            <div className="flex justify-between border-t border-line px-4 py-2.5">
              <Button onClick={() => setStep((s) => s - 1)} disabled={step === 0} data-testid="purchase-prev">
                {t("purchase.prev")}
              </Button>
              {step < STEP_TITLES.length - 1 && (
                <Button variant="primary" onClick={() => setStep((s) => s + 1)} data-testid="purchase-next">
                  {t("purchase.next")}
                </Button>
              )}
            </div>
          </Card>
        </div>
        <div className="lg:sticky lg:top-0">
          <PurchaseSummary
            config={config}
            offer={offer}
            zoneName={zoneName}
            imageName={image?.OsName ?? ""}
            price={price}
            quota={{ impact, loading: quotas.isPending, failed: quotas.isError }}
            blocked={blocked}
            buying={buying}
            uncertain={uncertain}
            failure={outcome?.kind === "failed" ? outcome.error : null}
            language={language}
            onBuy={onBuy}
            onGoTo={(s) => {
              setShowAll(true);
              setStep(s);
            }}
          >
            {outcome?.kind === "bought" ? (
              <PurchaseResult
                accountId={accountId}
                region={outcome.region}
                instanceIds={outcome.instanceIds}
                requestId={outcome.requestId}
                nameTemplate={outcome.names}
                replayed={outcome.replayed}
                onBuyMore={reset}
              />
            ) : undefined}
          </PurchaseSummary>
        </div>
      </div>
      <ApiRequestDialog open={dialog === "api"} onClose={() => setDialog(null)} config={config} />
      {canBuy && <SaveTemplateDialog open={dialog === "template"} onClose={() => setDialog(null)} accountId={accountId} config={config} />}
    </>
  );
}
