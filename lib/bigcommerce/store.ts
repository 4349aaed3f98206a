// Store information: the cheapest authenticated call there is, and the store's settings
// (docs/bigcommerce.md §19).
import { z } from "zod";
import type { Transport } from "./transport";

const systemTime = z.object({ time: z.number() });

const timezone = z.object({
  name: z.string(),
  raw_offset: z.number().int().optional(),
  dst_offset: z.number().int().optional(),
  dst_correction: z.boolean().optional(),
  date_format: z
    .object({
      display: z.string().optional(),
      export: z.string().optional(),
      extended_display: z.string().optional(),
    })
    .optional(),
});

/**
 * The store's time zone (getStoreInformation's `timezone`): `name` an IANA zone such as
 * "America/Chicago"; `raw_offset` and `dst_offset` seconds from UTC in standard and daylight
 * time (-21600, -18000); `dst_correction` whether it observes daylight saving; `date_format` PHP
 * patterns ("M jS Y"). Prefer `name` with Intl over the offsets.
 */
export type BcStoreTimezone = z.infer<typeof timezone>;

const storeInformation = z.object({
  id: z.string(),
  name: z.string(),
  domain: z.string().optional(),
  secure_url: z.string().optional(),
  country_code: z.string().optional(),
  language: z.string().optional(),
  currency: z.string().optional(),
  timezone,
  plan_name: z.string().optional(),
  plan_level: z.string().optional(),
});

/**
 * The fields of getStoreInformation this app reads: `id` (the store hash), `name`, `timezone`
 * (BcStoreTimezone), and when present `domain`, `secure_url`, `country_code`, `language`,
 * `currency` (ISO 4217), `plan_name` and `plan_level`. Other fields are dropped.
 */
export type BcStoreInformation = z.infer<typeof storeInformation>;

/** The store's calls, over `call`. */
export function storeOperations(call: Transport) {
  return {
    /**
     * The store's clock, `{ time }` in Unix seconds (operation getSystemTimestamp): proves the API
     * answers and the token is valid (else BigCommerceError 401), whatever scopes it has.
     */
    getSystemTime: () => call({ operation: "getSystemTimestamp", params: [], schema: systemTime }),

    /**
     * The store's settings, for its time zone (operation getStoreInformation). Rejects with
     * BigCommerceError 401, 403 (without the Information & Settings scope), 429 or 5xx.
     */
    getStoreInformation: (): Promise<BcStoreInformation> =>
      call({ operation: "getStoreInformation", params: [], schema: storeInformation }),
  };
}
