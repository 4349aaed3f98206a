import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { NextResponse } from "next/server";
import type { CheckoutProblem } from "@/lib/checkout";
import type { Message } from "@/lib/i18n/message";
import { seeOther } from "@/lib/same-origin";
import { flashUrl, type Session } from "@/lib/session";

// One error path for every form: the shopper goes back to the page they posted from, with a
// one-time message (and the fields to fix), and a cart BigCommerce no longer has is forgotten,
// so they land on the cart instead. Server actions redirect; route handlers answer 303.
// The flash keeps message codes with their values; the page translates them (pageContext).

/**
 * What went wrong: catalogue codes with their values, which the page translates in the shopper's
 * language (a string is text already in the shopper's words, shown as it is).
 */
export interface Setback {
  message?: Message | string;
  fieldErrors?: Record<string, Message | string>;
  /** The cart no longer exists at BigCommerce: forget it and send the shopper to the cart. */
  cartGone?: boolean;
}

/** A CheckoutProblem as a setback: its reason, its field errors, and whether the cart is gone. */
export const setbackOf = (problem: CheckoutProblem): Setback => ({
  message: problem.reason,
  fieldErrors: problem.fieldErrors,
  cartGone: problem.cartGone,
});

/**
 * Keeps the setback as the session's flash (and forgets a gone cart), saves the session, and
 * returns where the shopper goes: `page` (then `anchor`), or the cart when the cart is gone.
 */
async function setbackUrl(
  session: Session,
  page: string,
  setback: Setback,
  anchor = "",
): Promise<string> {
  const flash = { message: setback.message, fieldErrors: setback.fieldErrors };
  if (!setback.cartGone) return flashUrl(session, page, flash, anchor);
  session.checkoutId = undefined;
  return flashUrl(session, "/cart", flash);
}

/** From a server action: back to `page` with the message (see setbackUrl). Never returns. */
export async function sendBack(
  session: Session,
  page: string,
  setback: Setback,
  anchor = "",
): Promise<never> {
  const url = await setbackUrl(session, page, setback, anchor);
  // The page must be fetched again even when only its hash changes.
  revalidatePath(page);
  redirect(url);
}

/** From a route handler: a 303 back to `page` with the message (see setbackUrl). */
export async function seeOtherBack(
  session: Session,
  page: string,
  setback: Setback,
  anchor = "",
): Promise<NextResponse> {
  return seeOther(await setbackUrl(session, page, setback, anchor));
}
