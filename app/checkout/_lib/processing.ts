/**
 * How many times the processing page looks for the order before it stops and says what to do
 * (every REFRESH_SECONDS: about three minutes in all).
 */
export const MAX_LOOKS = 45;
/** Seconds between the processing page's looks. */
export const REFRESH_SECONDS = 4;

/** The look number in `?n=` (untrusted): a whole number from 0 to MAX_LOOKS, else 0. */
export function lookNumber(raw: string | string[] | null | undefined): number {
  if (typeof raw !== "string" || !/^\d{1,3}$/.test(raw)) return 0;
  return Math.min(Number(raw), MAX_LOOKS);
}

/** The processing page for look `n`. */
export const processingUrl = (n: number) => `/checkout/processing?n=${n}`;

/** Where the processing page looks again: the completion, for this session's cart. */
export const lookAgainUrl = (n: number) => `/checkout/embedded/complete?n=${n}`;
