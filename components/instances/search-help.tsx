"use client";

import { useT } from "@/lib/i18n/provider";
import type { MessageKey } from "@/lib/i18n/translate";

// The syntax, as examples: each one is a button that puts it into the box.
const EXAMPLES: Array<{ example: string; meaning: MessageKey }> = [
  { example: "name:web", meaning: "instances.help.name" },
  { example: "ins-abc12345", meaning: "instances.help.id" },
  { example: "state:running,stopped", meaning: "instances.help.state" },
  { example: "zone:ap-guangzhou-3", meaning: "instances.help.zone" },
  { example: "tag:env=prod", meaning: "instances.help.tag" },
  { example: "tag:owner", meaning: "instances.help.tagKey" },
  { example: "10.0.1.5", meaning: "instances.help.ip" },
  { example: "public-ip:119.29.1.1", meaning: "instances.help.publicIp" },
  { example: "charge:postpaid", meaning: "instances.help.charge" },
  { example: "project:1002189", meaning: "instances.help.project" },
  { example: "vpc:vpc-m0cnatxj subnet:subnet-mv4sn55k", meaning: "instances.help.vpc" },
  { example: "sg:sg-p1ezv4wz", meaning: "instances.help.sg" },
  { example: "created:2024-06-01..2024-06-30", meaning: "instances.help.created" },
  { example: "after:2024-06-01", meaning: "instances.help.after" },
];

export function SearchHelp({ onPick }: { onPick: (example: string) => void }) {
  const t = useT();
  return (
    <div data-testid="search-help" className="rounded-md border border-line bg-canvas/60 px-3 py-2.5 text-xs">
      <p className="mb-2 text-muted">{t("instances.help.intro")}</p>
      <ul className="grid gap-x-6 gap-y-1 lg:grid-cols-2">
        {EXAMPLES.map(({ example, meaning }) => (
          <li key={example} className="flex items-baseline gap-2">
            <button type="button" onClick={() => onPick(example)} className="shrink-0 rounded bg-subtle px-1.5 py-px font-mono text-[11px] hover:bg-accent-soft hover:text-accent">
              {example}
            </button>
            <span className="text-muted">{t(meaning)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-muted">{t("instances.help.combine")}</p>
    </div>
  );
}
