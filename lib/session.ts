import "server-only";
import { createHash } from "node:crypto";
import { sealData, unsealData } from "iron-session";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getConfig, type AppConfig } from "@/lib/config";
import type { Message } from "@/lib/i18n/message";
import { customerState } from "@/lib/customer-session";
import { CUSTOMER_STATE_HEADER } from "@/lib/request-headers";
import { getRuntime } from "@/lib/runtime";

export interface AddressDraft {
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

/** What the shopper typed into the checkout form, kept so nothing is lost on an error. Never card data. */
export interface CheckoutDraft {
  email: string;
  shipping: AddressDraft;
  billingSameAsShipping: boolean;
  billing?: AddressDraft;
  customerMessage: string;
}

/**
 * One-time messages for the page the shopper is sent back to (matched by id in the URL): catalogue
 * codes with their values, translated by the page (or text already in the shopper's words).
 */
export interface Flash {
  id: string;
  message?: Message | string;
  fieldErrors?: Record<string, Message | string>;
}

/**
 * This browser may reopen an order it opened with a valid confirmation link (reloads, history),
 * without the link, until `e` (epoch seconds). `c` is the order's checkout id.
 */
export interface OrderGrant {
  o: number;
  c: string;
  e: number;
}

export interface SignedInCustomer {
  id: number;
  email: string;
  /** The customer's session version when this session signed in (lib/customer-session.ts). */
  v?: number;
  /** When this session was last used, epoch seconds (renewed by proxy.ts every few minutes). */
  seen?: number;
}

export interface SessionData {
  checkoutId?: string;
  /** Names the checkout form's draft, kept in the shared store (lib/checkout/draft.ts). */
  draftId?: string;
  flash?: Flash;
  grants?: OrderGrant[];
  customer?: SignedInCustomer;
  /** Accounts this browser has signed in to (lib/account's accountKey), newest first, at most 5. */
  accounts?: string[];
  /** The latest order this browser looked up with matching details (grantLookup): its redacted status only. */
  lookup?: LookupProof;
}

/**
 * This browser entered an order's number, email and billing postal code correctly (the order
 * lookup) and may see that order's redacted status page until `e` (epoch seconds). One at a time:
 * a few bytes in the cookie. It is never a grant: the full confirmation needs the emailed link.
 */
export interface LookupProof {
  o: number;
  e: number;
}

export type Session = SessionData & { save(): Promise<void>; destroy(): void };

/**
 * The session cookie's name: `__Host-sf_session` in production, so a sibling subdomain cannot
 * plant one (the prefix makes browsers refuse it without Secure, with a Domain, or off Path=/);
 * `sf_session` in development, where cookies are not Secure.
 */
export function sessionCookieName(): string {
  return getConfig().secureCookies ? "__Host-sf_session" : "sf_session";
}
const SESSION_TTL_SECONDS = 30 * 24 * 3600;
/** Grants kept per browser: enough for a shopper's recent orders, small enough for a cookie. */
const MAX_GRANTS = 10;
const GRANT_SECONDS = 30 * 24 * 3600;

export const sessionCookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: getConfig().secureCookies,
  path: "/",
  maxAge: SESSION_TTL_SECONDS,
});

const secretIds = new Map<string, string>();

/** A stable id per secret, so a cookie sealed before a rotation finds its secret afterwards. */
function secretId(secret: string): string {
  let id = secretIds.get(secret);
  if (id === undefined) {
    const hash = createHash("sha256").update(secret).digest("hex");
    id = String((parseInt(hash.slice(0, 8), 16) % 1_000_000_000) + 1);
    secretIds.set(secret, id);
  }
  return id;
}

export interface SessionKeys {
  current: string;
  previous: string[];
}

/** The key ring a configuration defines: seal with the current secret, open with any. */
export const sessionKeys = (config: AppConfig): SessionKeys => ({
  current: config.sessionSecret,
  previous: config.previousSessionSecrets,
});

const configuredKeys = (): SessionKeys => sessionKeys(getConfig());

/** Seals with the current secret only (iron-session seals with the map's highest id). */
export async function sealSession(
  data: SessionData,
  keys: SessionKeys = configuredKeys(),
): Promise<string> {
  return sealData(data, {
    password: { [secretId(keys.current)]: keys.current },
    ttl: SESSION_TTL_SECONDS,
  });
}

/**
 * Cookies this process has opened, by sealed text and key ring. Every page view opens its cookie
 * twice (proxy.ts, then the page) and shoppers reload; unsealing derives two keys each time. Only
 * cookies that opened are kept, each until the expiry sealed into it.
 */
const opened = new Map<string, { json: string; until: number }>();
const OPENED_MAX = 2000;

/** Opens a cookie sealed with the current or a previous secret; anything else is an empty session. */
export async function openSession(
  sealed: string | undefined,
  keys: SessionKeys = configuredKeys(),
): Promise<SessionData> {
  if (!sealed) return {};
  const ring = [keys.current, ...keys.previous].map((s) => [secretId(s), s] as const);
  const key = `${ring.map(([id]) => id).join(",")} ${sealed}`;
  const known = opened.get(key);
  if (known && known.until > Date.now()) {
    opened.delete(key); // most recently used last
    opened.set(key, known);
    return JSON.parse(known.json) as SessionData;
  }
  opened.delete(key);
  let data: SessionData;
  try {
    const value = await unsealData<SessionData>(sealed, {
      password: Object.fromEntries(ring),
      ttl: SESSION_TTL_SECONDS,
    });
    data = value && typeof value === "object" ? value : {};
  } catch {
    // Tampered, truncated or foreign: treated as no session, never an error page.
    return {};
  }
  // Iron's format: Fe26.2*id*salt*iv*data*expiration(ms)*hmacSalt*hmac. (A cookie that does not
  // open comes back empty from iron-session; those are not kept, so junk cannot crowd the cache.)
  const until = Number(sealed.split("*")[5]);
  if (Object.keys(data).length > 0 && Number.isFinite(until) && until > 0) {
    opened.set(key, { json: JSON.stringify(data), until });
    if (opened.size > OPENED_MAX) opened.delete(opened.keys().next().value!);
  }
  return data;
}

/**
 * The shopper's sealed session cookie, opened once per request (the layout and the page share it).
 * `save` works in server actions and route handlers only.
 */
export const getSession = cache(async (): Promise<Session> => {
  const [store, requestHeaders] = await Promise.all([cookies(), headers()]);
  const data = await openSession(store.get(sessionCookieName())?.value);
  // Signed out elsewhere or idle too long: not signed in here either (proxy.ts usually checked).
  if (data.customer && (await customerEnded(data.customer, requestHeaders))) delete data.customer;
  const session = data as Session;
  Object.defineProperties(session, {
    save: {
      enumerable: false,
      value: async () => {
        store.set(sessionCookieName(), await sealWithin(plain(session)), sessionCookieOptions());
      },
    },
    destroy: {
      enumerable: false,
      value: () => {
        for (const key of Object.keys(session))
          delete (session as unknown as Record<string, unknown>)[key];
        store.set(sessionCookieName(), "", { ...sessionCookieOptions(), maxAge: 0 });
      },
    },
  });
  return session;
});

/** Whether the signed-in state ended: as proxy.ts found for this request, else asked now. */
async function customerEnded(
  customer: SignedInCustomer,
  requestHeaders: Headers,
): Promise<boolean> {
  const checked = requestHeaders.get(CUSTOMER_STATE_HEADER);
  if (checked === "current" || checked === "ended") return checked === "ended";
  const state = await customerState(getRuntime().kv, customer);
  return state === "ended" || state === "unknown";
}

/** Browsers keep cookies of up to 4,096 bytes, name and attributes included: the sealed value's budget. */
export const COOKIE_BUDGET = 3_800;

/**
 * Seals `data` within COOKIE_BUDGET, giving up what matters least first: the field errors of a
 * message (the message stays), then older order grants, then the message itself. What the shopper
 * typed is never in the cookie (lib/checkout/draft.ts), so it is never what gives way.
 */
export async function sealWithin(
  data: SessionData,
  keys: SessionKeys = configuredKeys(),
): Promise<string> {
  const lighter: ((d: SessionData) => void)[] = [
    (d) => d.flash && delete d.flash.fieldErrors,
    (d) => (d.grants = d.grants?.slice(0, 3)),
    (d) => delete d.flash,
  ];
  let sealed = await sealSession(data, keys);
  for (const shed of lighter) {
    if (sealed.length <= COOKIE_BUDGET) break;
    shed(data);
    sealed = await sealSession(data, keys);
  }
  return sealed;
}

function plain(session: SessionData): SessionData {
  return JSON.parse(JSON.stringify(session)) as SessionData;
}

/**
 * Keeps a one-time message for the page the shopper is sent back to, saves the session, and
 * returns that page's URL carrying the message's id (`?f=`).
 */
export async function flashUrl(
  session: Session,
  path: string,
  flash: Omit<Flash, "id">,
  anchor = "",
): Promise<string> {
  const id = crypto.randomUUID().slice(0, 8);
  session.flash = { id, ...flash };
  await session.save();
  return `${path}?f=${id}${anchor}`;
}

/** The flash for this page view, if the URL names it. */
export function readFlash(
  session: SessionData,
  flashId: string | string[] | undefined,
): Flash | undefined {
  return typeof flashId === "string" && session.flash?.id === flashId ? session.flash : undefined;
}

/** Lets this browser reopen the order later; the newest grants win when the list is full. */
export function grantOrder(
  session: SessionData,
  orderId: number,
  checkoutId: string,
  now = Date.now(),
): void {
  const nowSeconds = Math.floor(now / 1000);
  const others = (session.grants ?? []).filter((g) => g.o !== orderId && g.e > nowSeconds);
  session.grants = [{ o: orderId, c: checkoutId, e: nowSeconds + GRANT_SECONDS }, ...others].slice(
    0,
    MAX_GRANTS,
  );
}

/** The checkout id this browser was granted for the order, if the grant is still valid. */
export function grantFor(session: SessionData, orderId: number, now = Date.now()): string | null {
  const grant = session.grants?.find((g) => g.o === orderId && g.e > Math.floor(now / 1000));
  return grant?.c ?? null;
}

/** How long a matching order lookup lets this browser see the order's redacted status. */
export const LOOKUP_PROOF_SECONDS = 15 * 60;

/** Records a matching lookup of `orderId` (replacing any earlier one), for LOOKUP_PROOF_SECONDS. */
export function grantLookup(session: SessionData, orderId: number, now = Date.now()): void {
  session.lookup = { o: orderId, e: Math.floor(now / 1000) + LOOKUP_PROOF_SECONDS };
}

/** Whether this browser's latest matching lookup was of `orderId` and has not expired. */
export function lookupProofFor(session: SessionData, orderId: number, now = Date.now()): boolean {
  const proof = session.lookup;
  return (
    typeof proof === "object" &&
    proof !== null &&
    proof.o === orderId &&
    typeof proof.e === "number" &&
    proof.e > Math.floor(now / 1000)
  );
}
