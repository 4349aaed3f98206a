import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { BigCommerceError, isUnavailable } from "@/lib/bigcommerce";
import type { Runtime } from "@/lib/runtime";
import type { SignedInCustomer } from "@/lib/session";

/** An email address field: trimmed, at most 255 characters, `message` when it is not an address. */
const emailField = (message: string) =>
  z
    .string()
    .trim()
    .max(255)
    .pipe(z.email({ error: message }));

export const signInForm = z.object({
  email: emailField("Enter the email address of your account."),
  password: z.string().min(1, "Enter your password.").max(200, "Enter your password."),
});

export type SignInResult =
  { ok: true; customer: SignedInCustomer } | { ok: false; message: string };

const WRONG = "Email or password is incorrect.";
/** Failures allowed per email in the window before sign-in is refused for the rest of it. */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;

const failuresKey = (email: string) =>
  `signin-failures:${createHash("sha256").update(email.toLowerCase()).digest("hex")}`;

/**
 * Checks credentials with BigCommerce. Never says which part was wrong. Repeated failures for an
 * email are slowed down (a growing pause), then refused for the window without asking BigCommerce.
 */
export async function signIn(
  deps: Pick<Runtime, "bigcommerce" | "kv">,
  email: string,
  password: string,
  pause: (ms: number) => Promise<void> = (ms) => new Promise<void>((r) => setTimeout(r, ms)),
): Promise<SignInResult> {
  const store = deps.kv;
  const key = failuresKey(email);
  const failures = Number((await store.get(key)) ?? 0);
  if (failures >= MAX_FAILURES) {
    return { ok: false, message: "Too many attempts. Please wait 15 minutes and try again." };
  }
  let result;
  try {
    result = await deps.bigcommerce.validateCustomerCredentials(email, password);
  } catch (error) {
    if (isUnavailable(error)) {
      return {
        ok: false,
        message: "Sign-in is not available right now. Please try again in a moment.",
      };
    }
    throw error;
  }
  if (result.is_valid && result.customer_id) {
    await store.del(key);
    return { ok: true, customer: { id: result.customer_id, email } };
  }
  const count = await store.incr(key, WINDOW_MS);
  await pause(Math.min(250 * 2 ** (count - 1), 4000));
  return { ok: false, message: WRONG };
}

export interface OrderSummary {
  id: number;
  placedAt: string;
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
      status: o.status,
      total: o.total_inc_tax,
      currency: o.currency_code,
    }))
    .sort((a, b) => b.id - a.id);
}

export const signUpForm = z.object({
  email: emailField("Enter a valid email address, like name@example.com."),
  firstName: z.string().trim().min(1, "Enter your first name.").max(100),
  lastName: z.string().trim().min(1, "Enter your last name.").max(100),
  password: z
    .string()
    .min(8, "Use at least 8 characters.")
    .max(200)
    .regex(/[A-Za-z]/, "Use at least one letter.")
    .regex(/\d/, "Use at least one digit."),
});
export type SignUpForm = z.infer<typeof signUpForm>;

/** Creates a BigCommerce customer; the shopper is then signed in. */
export async function signUp(
  { bigcommerce }: Pick<Runtime, "bigcommerce">,
  input: SignUpForm,
): Promise<SignInResult> {
  try {
    const customer = await bigcommerce.createCustomer(input);
    return { ok: true, customer: { id: customer.id, email: customer.email } };
  } catch (error) {
    if (error instanceof BigCommerceError && error.status === 422) {
      return {
        ok: false,
        message: "An account with this email already exists. Please sign in instead.",
      };
    }
    if (isUnavailable(error)) {
      return {
        ok: false,
        message: "Accounts cannot be created right now. Please try again in a moment.",
      };
    }
    throw error;
  }
}
