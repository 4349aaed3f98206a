import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { BigCommerceError, isUnavailable } from "@/lib/bigcommerce";
import { ifAvailable, KvUnavailableError, type Kv, type LimiterOptions } from "@/lib/kv";
import type { Runtime } from "@/lib/runtime";
import { logEvent } from "@/lib/log";
import { cartMatches } from "@/lib/token-ledger";
import type { SignedInCustomer } from "@/lib/session";

/**
 * Why a form field was refused, as a message code (a key of the catalogues' `account.field`
 * messages): the edge (app/sign-in) words it in the shopper's language.
 */
export const ACCOUNT_FIELD_CODES = [
  "account.field.accountEmail",
  "account.field.email",
  "account.field.password",
  "account.field.firstName",
  "account.field.lastName",
  "account.field.tooLong",
  "account.field.passwordLength",
  "account.field.passwordLetter",
  "account.field.passwordDigit",
  "account.field.invalid",
] as const;

/** A field's message code: one of ACCOUNT_FIELD_CODES. */
export type AccountFieldCode = (typeof ACCOUNT_FIELD_CODES)[number];

const fieldCodes: ReadonlySet<string> = new Set(ACCOUNT_FIELD_CODES);

/**
 * True when `code` (a zod issue's message from signInForm or signUpForm) is one of this module's
 * field codes; anything else (an issue zod words itself) is shown as `account.field.invalid`.
 */
export function isAccountFieldCode(code: string): code is AccountFieldCode {
  return fieldCodes.has(code);
}

/** A posted text input: a string (else `invalid`). */
const text = () => z.string({ error: "account.field.invalid" satisfies AccountFieldCode });

/** At most `max` characters, else `tooLong`. */
const TOO_LONG = { error: "account.field.tooLong" satisfies AccountFieldCode };

/** An email address field: trimmed, at most 255 characters, `code` when it is not an address. */
const emailField = (code: AccountFieldCode) =>
  text()
    .trim()
    .max(255, TOO_LONG)
    .pipe(z.email({ error: code }));

/** The sign-in form: its issues' messages are AccountFieldCodes (never which part was wrong). */
export const signInForm = z.object({
  email: emailField("account.field.accountEmail"),
  password: z
    .string({ error: "account.field.password" satisfies AccountFieldCode })
    .min(1, "account.field.password" satisfies AccountFieldCode)
    .max(200, "account.field.password" satisfies AccountFieldCode),
});

/**
 * Why signing in or up was refused, as a message code of the catalogues' `account.problem`
 * messages (with its values): the edge words it in the shopper's language.
 */
export type AccountProblem =
  | {
      /** Too many attempts: `n` is the minutes to wait. */
      code: "account.problem.throttled";
      values: { n: number };
    }
  | {
      code:
        | "account.problem.signInRefused"
        | "account.problem.signInUnavailable"
        | "account.problem.signUpUnavailable"
        | "account.problem.emailTaken";
      values?: undefined;
    };

/** A signed-in customer, or why not (never which part of the credentials was wrong). */
export type SignInResult =
  { ok: true; customer: SignedInCustomer } | { ok: false; problem: AccountProblem };

const WRONG: AccountProblem = { code: "account.problem.signInRefused" };
const SIGN_IN_UNAVAILABLE: AccountProblem = { code: "account.problem.signInUnavailable" };
const SIGN_UP_UNAVAILABLE: AccountProblem = { code: "account.problem.signUpUnavailable" };

/**
 * How sign-in is throttled, counted atomically on the shared store before BigCommerce is asked
 * (rate-limiter-flexible): per account (by a digest of its email), per client address (when the
 * platform says it, see lib/client-address.ts) and for the whole store. BigCommerce also limits
 * its credential check; these keep a flood of guesses from ever reaching it.
 */
export const SIGN_IN_LIMITS = {
  account: { name: "sign-in:account", points: 5, durationSeconds: 15 * 60 },
  address: { name: "sign-in:address", points: 20, durationSeconds: 15 * 60 },
  store: { name: "sign-in:store", points: 120, durationSeconds: 60 },
} as const;

/** Sign-ups allowed per client address, and for the whole store. */
export const SIGN_UP_LIMITS = {
  address: { name: "sign-up:address", points: 5, durationSeconds: 60 * 60 },
  store: { name: "sign-up:store", points: 30, durationSeconds: 60 },
} as const;

/** A digest of an email address (lower-cased): how limits and sessions name an account. */
export function accountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32);
}

/** Who is signing in, besides the credentials: where from, and whether this browser knows the account. */
export interface SignInContext {
  /** The shopper's address from the platform's trusted header, if known. */
  clientAddress?: string;
  /**
   * This browser signed in to this account before (it holds the account's key in its session).
   * A locked account still opens from such a browser: an attacker who guesses elsewhere cannot
   * lock its owner out of the browser they use. The address and store limits still apply.
   */
  knownBrowser?: boolean;
}

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/**
 * Takes one attempt from each limit that applies; null when all had one left, else the problem.
 * Each `take` is atomic, so parallel attempts cannot all pass. While the store that counts them
 * cannot answer, nothing passes: the message is `unavailable` (BigCommerce is never asked unthrottled).
 */
async function takeAttempt(
  kv: Kv,
  limits: { options: LimiterOptions; key: string | undefined }[],
  unavailable: AccountProblem,
): Promise<AccountProblem | null> {
  try {
    for (const { options, key } of limits) {
      if (key === undefined) continue;
      const state = await kv.limiter(options).take(key);
      if (state.blocked) {
        return { code: "account.problem.throttled", values: { n: minutes(state.retryAfterMs) } };
      }
    }
  } catch (error) {
    if (error instanceof KvUnavailableError) return unavailable;
    throw error;
  }
  return null;
}

/**
 * Checks credentials with BigCommerce (validateCustomerCredentials). Never says which part was
 * wrong. Each attempt is counted before BigCommerce is asked (SIGN_IN_LIMITS); a failure then
 * waits a growing pause (250 ms doubling to 4 s) so a guesser slows down too. A success forgets
 * the account's failures.
 */
export async function signIn(
  deps: Pick<Runtime, "bigcommerce" | "kv">,
  email: string,
  password: string,
  context: SignInContext = {},
  pause: (ms: number) => Promise<void> = (ms) => new Promise<void>((r) => setTimeout(r, ms)),
): Promise<SignInResult> {
  const account = accountKey(email);
  const refused = await takeAttempt(
    deps.kv,
    [
      { options: SIGN_IN_LIMITS.account, key: context.knownBrowser ? undefined : account },
      { options: SIGN_IN_LIMITS.address, key: context.clientAddress },
      { options: SIGN_IN_LIMITS.store, key: "all" },
    ],
    SIGN_IN_UNAVAILABLE,
  );
  if (refused) return { ok: false, problem: refused };
  let result;
  try {
    result = await deps.bigcommerce.validateCustomerCredentials(email, password);
  } catch (error) {
    if (isUnavailable(error)) return { ok: false, problem: SIGN_IN_UNAVAILABLE };
    throw error;
  }
  // From here the store only adjusts the counts: if it stopped answering, BigCommerce's word stands.
  const accountLimit = deps.kv.limiter(SIGN_IN_LIMITS.account);
  if (result.is_valid && result.customer_id) {
    await ifAvailable(accountLimit.reset(account), undefined);
    return { ok: true, customer: { id: result.customer_id, email } };
  }
  const used = await ifAvailable(
    accountLimit.check(account).then((state) => state.used),
    1,
  );
  await pause(Math.min(250 * 2 ** (Math.max(1, used) - 1), 4000));
  return { ok: false, problem: WRONG };
}

/** One order in the account's list. */
export interface OrderSummary {
  id: number;
  /** When it was placed (ISO 8601). */
  placedAt: string;
  /** BigCommerce's status id (0–14 have words in the catalogues' `status` messages). */
  statusId: number;
  /** BigCommerce's name for the status (a merchant's own status keeps it). */
  status: string;
  total: string;
  currency: string;
}

/** The signed-in customer's orders, newest first. */
export async function customerOrders(
  { bigcommerce }: Pick<Runtime, "bigcommerce">,
  customerId: number,
): Promise<OrderSummary[]> {
  const orders = await bigcommerce.getOrdersByCustomer(customerId);
  return orders
    .map((o) => ({
      id: o.id,
      placedAt: new Date(o.date_created).toISOString(),
      statusId: o.status_id,
      status: o.status,
      total: o.total_inc_tax,
      currency: o.currency_code,
    }))
    .sort((a, b) => b.id - a.id);
}

/** A required name: trimmed, 1–100 characters; `code` when it is empty. */
const nameField = (code: AccountFieldCode) =>
  text().trim().min(1, { error: code }).max(100, TOO_LONG);

/** The sign-up form: its issues' messages are AccountFieldCodes. */
export const signUpForm = z.object({
  email: emailField("account.field.email"),
  firstName: nameField("account.field.firstName"),
  lastName: nameField("account.field.lastName"),
  password: text()
    .min(8, { error: "account.field.passwordLength" satisfies AccountFieldCode })
    .max(200, TOO_LONG)
    .regex(/[A-Za-z]/, { error: "account.field.passwordLetter" satisfies AccountFieldCode })
    .regex(/\d/, { error: "account.field.passwordDigit" satisfies AccountFieldCode }),
});
export type SignUpForm = z.infer<typeof signUpForm>;

/**
 * A guest order this browser may already see (a confirmation link's grant): its id and the
 * checkout it was placed from, both as the session recorded them (never as a request said).
 */
export interface ClaimableOrder {
  orderId: number;
  checkoutId: string;
}

/**
 * Gives a new customer the guest orders this browser proved it placed: each granted order that is
 * still a guest's (customer_id 0), comes from the granted checkout and was placed with the new
 * account's email (case-insensitive) is set to the customer (getOrder, then updateOrder), so it
 * is listed under their account. Resolves to the ids claimed; an order that cannot be read or
 * changed is left as it was (the account exists either way).
 */
export async function claimGuestOrders(
  { bigcommerce: bc }: Pick<Runtime, "bigcommerce">,
  customer: SignedInCustomer,
  orders: ClaimableOrder[],
): Promise<number[]> {
  const claimed: number[] = [];
  for (const { orderId, checkoutId } of orders.slice(0, 3)) {
    try {
      const order = await bc.getOrder(orderId);
      const sameEmail =
        order.billing_address.email.trim().toLowerCase() === customer.email.trim().toLowerCase();
      if (order.customer_id !== 0 || !cartMatches(checkoutId, order.cart_id) || !sameEmail)
        continue;
      await bc.updateOrder(orderId, { customer_id: customer.id });
      claimed.push(orderId);
    } catch {
      // Not claimed: the order stays a guest order, reachable by its link as before.
    }
  }
  return claimed;
}

/**
 * Creates a BigCommerce customer (createCustomers); the shopper is then signed in. Attempts are
 * counted before BigCommerce is asked (SIGN_UP_LIMITS). The guest orders this browser holds
 * grants for (`context.claimable`) and that were placed with the same email become the new
 * customer's (claimGuestOrders).
 */
export async function signUp(
  deps: Pick<Runtime, "bigcommerce" | "kv">,
  input: SignUpForm,
  context: Pick<SignInContext, "clientAddress"> & { claimable?: ClaimableOrder[] } = {},
): Promise<SignInResult> {
  const refused = await takeAttempt(
    deps.kv,
    [
      { options: SIGN_UP_LIMITS.address, key: context.clientAddress },
      { options: SIGN_UP_LIMITS.store, key: "all" },
    ],
    SIGN_UP_UNAVAILABLE,
  );
  if (refused) return { ok: false, problem: refused };
  try {
    const created = await deps.bigcommerce.createCustomer(input);
    const customer = { id: created.id, email: created.email };
    if (context.claimable?.length) {
      const claimed = await claimGuestOrders(deps, customer, context.claimable);
      if (claimed.length)
        logEvent("account.orders-claimed", { customerId: customer.id, orders: claimed.length });
    }
    return { ok: true, customer };
  } catch (error) {
    if (error instanceof BigCommerceError && error.status === 422) {
      return { ok: false, problem: { code: "account.problem.emailTaken" } };
    }
    if (isUnavailable(error)) return { ok: false, problem: SIGN_UP_UNAVAILABLE };
    throw error;
  }
}
