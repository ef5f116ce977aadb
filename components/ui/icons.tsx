import type { SVGProps } from "react";

// Hand-drawn 16×16 stroke icons (no icon package): one path list per name.
const PATHS = {
  overview: ["M2.5 2.5h4.5v4.5h-4.5z", "M9 2.5h4.5v4.5H9z", "M2.5 9h4.5v4.5h-4.5z", "M9 9h4.5v4.5H9z"],
  instances: ["M2.5 3h11v4h-11z", "M2.5 9h11v4h-11z", "M5 5h.01", "M5 11h.01"],
  images: ["M8 2l5.5 3L8 8 2.5 5z", "M2.5 8L8 11l5.5-3", "M2.5 11L8 14l5.5-3"],
  hosts: ["M3 2.5h10v11H3z", "M5.5 5h5", "M5.5 7.5h5", "M5.5 10h5"],
  quotas: ["M2.5 11.5a5.5 5.5 0 1 1 11 0", "M8 11.5l2.5-3.5", "M8 11.5h.01"],
  pricing: ["M2.5 8.5V3h5.5l5.5 5.5-5.5 5.5z", "M5.5 5.5h.01"],
  "key-pairs": ["M10 2.5a3.5 3.5 0 1 1-3 5.3L3 11.8V13.5h2v-1.5h1.5v-1.5l1.2-1.2A3.5 3.5 0 0 1 10 2.5z", "M10.8 5.2h.01"],
  "placement-groups": ["M2.5 2.5h4v4h-4z", "M9.5 2.5h4v4h-4z", "M6 9.5h4v4H6z", "M4.5 6.5v1.5h7V6.5", "M8 8v1.5"],
  "launch-templates": ["M4 2.5h5.5L12 5v8.5H4z", "M9.5 2.5V5H12", "M6 8h4", "M6 10.5h4"],
  "hpc-clusters": ["M2.5 2.5h4v4h-4z", "M9.5 2.5h4v4h-4z", "M2.5 9.5h4v4h-4z", "M9.5 9.5h4v4h-4z", "M6.5 4.5h3M6.5 11.5h3M4.5 6.5v3M11.5 6.5v3"],
  maintenance: ["M10 2.5a3.5 3.5 0 0 0-3.2 4.8L2.5 11.6l1.9 1.9 4.3-4.3A3.5 3.5 0 0 0 13.5 6l-2 .5-1.5-1.5.5-2z"],
  settings: [
    "M8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4z",
    "M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4",
  ],
  sun: ["M8 10.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z", "M8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1"],
  moon: ["M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7z"],
  system: ["M2 3h12v8H2z", "M6 14h4", "M8 11v3"],
  globe: ["M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13z", "M1.5 8h13", "M8 1.5c1.8 2 2.6 4.1 2.6 6.5S9.8 12.5 8 14.5C6.2 12.5 5.4 10.4 5.4 8S6.2 3.5 8 1.5z"],
  "sign-out": ["M6 2.5H3v11h3", "M10.5 5l3 3-3 3", "M13.5 8H6.5"],
  alert: ["M8 2l6.5 11.5h-13z", "M8 6.5v3", "M8 11.5h.01"],
  cloud: ["M4.5 12.5a3 3 0 0 1-.4-6A4 4 0 0 1 11.8 6a3.2 3.2 0 0 1 .2 6.5z"],
  wrench: ["M10 2.5a3.5 3.5 0 0 0-3.2 4.8L2.5 11.6l1.9 1.9 4.3-4.3A3.5 3.5 0 0 0 13.5 6l-2 .5-1.5-1.5.5-2z"],
  lock: ["M4 7h8v6.5H4z", "M5.5 7V5a2.5 2.5 0 0 1 5 0v2"],
  zone: ["M8 14s4.5-4 4.5-7.5a4.5 4.5 0 0 0-9 0C3.5 10 8 14 8 14z", "M8 8a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z"],
  compass: ["M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13z", "M10.5 5.5l-1.5 3.5-3.5 1.5 1.5-3.5z"],
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className = "size-4", ...props }: { name: IconName } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
      {...props}
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
