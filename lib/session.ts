import "server-only";
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/config";

/** What the shopper typed into the checkout form, kept so nothing is lost on an error. Never card data. */
export interface CheckoutDraft {
  email: string;
  firstName: string;
  lastName: string;
  company: string;
  address1: string;
  address2: string;
  city: string;
  stateOrProvince: string;
  postalCode: string;
  countryCode: string;
  phone: string;
}

/** The order created for a checkout and not yet paid: reused on retry so a purchase makes one order. */
export interface PendingOrder {
  checkoutId: string;
  orderId: number;
  /** The checkout version the order was created from; a changed checkout needs a new order. */
  checkoutVersion: number;
}

/** One-time messages for the page the shopper is sent back to (matched by id in the URL). */
export interface Flash {
  id: string;
  message?: string;
  fieldErrors?: Record<string, string>;
}

export interface SessionData {
  checkoutId?: string;
  draft?: CheckoutDraft;
  pendingOrder?: PendingOrder;
  flash?: Flash;
}

export const SESSION_COOKIE = "sf_session";

export function sessionOptions(): SessionOptions {
  return {
    cookieName: SESSION_COOKIE,
    password: getConfig().sessionSecret,
    cookieOptions: {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production",
      path: "/",
      maxAge: 30 * 24 * 3600,
    },
  };
}

/** The shopper's sealed session cookie. Writable only in server actions and route handlers. */
export async function getSession() {
  return getIronSession<SessionData>(await cookies(), sessionOptions());
}

/** Stores a one-time message and returns the id the redirect URL carries (`?f=`). */
export function setFlash(session: SessionData, flash: Omit<Flash, "id">): string {
  const id = crypto.randomUUID().slice(0, 8);
  session.flash = { id, ...flash };
  return id;
}

/** The flash for this page view, if the URL names it. */
export function readFlash(
  session: SessionData,
  flashId: string | string[] | undefined,
): Flash | undefined {
  return typeof flashId === "string" && session.flash?.id === flashId ? session.flash : undefined;
}
