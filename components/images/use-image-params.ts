"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { imageParamsSearch, readImageParams, type ImageParams } from "@/lib/images/filters";

/** The Images page's tab and filters, read from and written to the URL (replace: filtering is not navigation). */
export function useImageParams(): [ImageParams, (change: Partial<ImageParams>) => void] {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = readImageParams(new URLSearchParams(search.toString()));
  const set = (change: Partial<ImageParams>) => router.replace(`${pathname}${imageParamsSearch({ ...params, ...change })}`, { scroll: false });
  return [params, set];
}
