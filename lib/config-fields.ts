import "server-only";
import { z } from "zod";

// The shapes environment variables are read as, shared by lib/config.ts and the parts of the
// configuration it hands over (lib/config-checkout.ts, lib/email/settings.ts). Reads nothing itself.

/** An empty or blank variable counts as unset. */
export const blankToUndefined = (v: unknown) =>
  typeof v === "string" && v.trim() === "" ? undefined : v;

/** A whole number from `min` to `max`, `fallback` when unset. */
export const intInRange = (min: number, max: number, fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max}`)
      .optional()
      .transform((n) => n ?? fallback),
  );
