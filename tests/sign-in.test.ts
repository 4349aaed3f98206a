import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SIGN_IN_LIMITS,
  SIGN_UP_LIMITS,
  signIn,
  signInForm,
  signUp,
  signUpForm,
  type SignInResult,
} from "@/lib/account";
import { fieldErrors } from "@/lib/checkout/forms";
import { fieldErrorTexts, problemText } from "@/app/sign-in/_lib/account-words";
import { createBigCommerceClient } from "@/lib/bigcommerce";
import { localeContext, type Locale } from "@/lib/i18n";
import { MemoryKv } from "@/lib/kv";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";

let server: SandboxServer;
beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
});
afterAll(() => server.close());

function deps() {
  const pauses: number[] = [];
  const bc = createBigCommerceClient({
    apiUrl: server.url,
    paymentsUrl: server.url,
    storeHash: "sandbox",
    accessToken: "sandbox-access-token",
    timeoutMs: 5000,
  });
  return {
    bigcommerce: bc,
    kv: new MemoryKv(),
    pause: async (ms: number) => void pauses.push(ms),
    pauses,
  };
}

/** What the shopper reads for a refusal (the edge's wording of lib/account's code). */
function words(result: SignInResult, locale: Locale = "en"): string {
  if (result.ok) throw new Error("not a refusal");
  return problemText(localeContext(locale).t, result.problem);
}

describe("sign-in", () => {
  it("signs in a sandbox customer with BigCommerce's credential check", async () => {
    const d = deps();
    const result = await signIn(d, "shopper@example.com", "sandbox-shopper-1", {}, d.pause);
    expect(result).toEqual({ ok: true, customer: { id: 7, email: "shopper@example.com" } });
  });

  it("says the same thing for a wrong password and an unknown email", async () => {
    const d = deps();
    const wrongPassword = await signIn(d, "shopper@example.com", "nope", {}, d.pause);
    const unknownEmail = await signIn(d, "ghost@example.com", "sandbox-shopper-1", {}, d.pause);
    expect(wrongPassword).toEqual({
      ok: false,
      problem: { code: "account.problem.signInRefused" },
    });
    expect(unknownEmail).toEqual(wrongPassword);
    expect(words(wrongPassword)).toBe("Email or password is incorrect.");
  });

  it("slows repeated failures down, then refuses without asking BigCommerce", async () => {
    const d = deps();
    for (let i = 0; i < 5; i++) await signIn(d, "shopper@example.com", "nope", {}, d.pause);
    expect(d.pauses).toEqual([250, 500, 1000, 2000, 4000]);
    const before = server.sandbox.stats.calls.validateCustomerCredentials ?? 0;
    const refused = await signIn(d, "shopper@example.com", "sandbox-shopper-1", {}, d.pause);
    expect(refused).toEqual({
      ok: false,
      problem: { code: "account.problem.throttled", values: { n: 15 } },
    });
    expect(words(refused)).toBe("Too many attempts. Please wait 15 minutes and try again.");
    expect(words(refused, "de")).toBe(
      "Zu viele Versuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.",
    );
    expect(server.sandbox.stats.calls.validateCustomerCredentials ?? 0).toBe(before);
  });
});

describe("sign-in under attack", () => {
  it("lets at most 5 of 100 parallel wrong passwords for one account reach BigCommerce", async () => {
    const d = deps();
    const before = server.sandbox.stats.calls.validateCustomerCredentials ?? 0;
    const results = await Promise.all(
      Array.from({ length: 100 }, () => signIn(d, "another@example.com", "guess-123", {}, d.pause)),
    );
    const asked = (server.sandbox.stats.calls.validateCustomerCredentials ?? 0) - before;
    expect(asked).toBeLessThanOrEqual(5);
    expect(
      results.filter((r) => !r.ok && r.problem.code === "account.problem.throttled"),
    ).toHaveLength(100 - asked);
  });

  it("limits one address spraying one password over many accounts", async () => {
    const d = deps();
    const before = server.sandbox.stats.calls.validateCustomerCredentials ?? 0;
    for (let i = 0; i < 30; i++) {
      await signIn(
        d,
        `user-${i}@example.com`,
        "Summer2026!",
        { clientAddress: "203.0.113.9" },
        d.pause,
      );
    }
    const asked = (server.sandbox.stats.calls.validateCustomerCredentials ?? 0) - before;
    expect(asked).toBe(SIGN_IN_LIMITS.address.points);
  });

  it("still opens a locked account from a browser that signed in to it before", async () => {
    const d = deps();
    for (let i = 0; i < 6; i++) await signIn(d, "shopper@example.com", "nope", {}, d.pause);
    const locked = await signIn(d, "shopper@example.com", "sandbox-shopper-1", {}, d.pause);
    expect(locked.ok).toBe(false);
    const known = await signIn(
      d,
      "shopper@example.com",
      "sandbox-shopper-1",
      { knownBrowser: true },
      d.pause,
    );
    expect(known).toEqual({ ok: true, customer: { id: 7, email: "shopper@example.com" } });
  });
});

describe("sign-up under attack", () => {
  it("lets at most the address's allowance of 100 parallel sign-ups reach BigCommerce", async () => {
    const d = deps();
    const before = server.sandbox.stats.calls.createCustomers ?? 0;
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        signUp(
          d,
          { email: `new-${i}@example.com`, firstName: "N", lastName: "U", password: "secret-123" },
          { clientAddress: "198.51.100.7" },
        ),
      ),
    );
    const asked = (server.sandbox.stats.calls.createCustomers ?? 0) - before;
    expect(asked).toBeLessThanOrEqual(SIGN_UP_LIMITS.address.points);
  });
});

describe("the forms' field errors, in the shopper's language", () => {
  /** The first error of each field, as the page shows it in `locale`. */
  function shown(form: typeof signUpForm | typeof signInForm, input: unknown, locale: Locale) {
    const parsed = form.safeParse(input);
    if (parsed.success) throw new Error("the form was accepted");
    return fieldErrorTexts(localeContext(locale).t, fieldErrors(parsed.error));
  }

  it("says what to fix on the sign-up form, in English as before and in German", () => {
    const input = { email: "ada@", firstName: " ", lastName: "Lovelace", password: "short" };
    expect(shown(signUpForm, input, "en")).toEqual({
      email: "Enter a valid email address, like name@example.com.",
      firstName: "Enter your first name.",
      password: "Use at least 8 characters.",
    });
    expect(shown(signUpForm, input, "de")).toEqual({
      email: "Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.",
      firstName: "Geben Sie Ihren Vornamen ein.",
      password: "Verwenden Sie mindestens 8 Zeichen.",
    });
  });

  it("asks for a letter and a digit, and refuses what is too long, in Arabic too", () => {
    const long = { email: "a@example.com", firstName: "A".repeat(101), lastName: "L" };
    expect(shown(signUpForm, { ...long, password: "12345678" }, "ar")).toEqual({
      firstName: "هذا النص طويل جدًا.",
      password: "استخدم حرفًا واحدًا على الأقل.",
    });
    expect(shown(signUpForm, { ...long, password: "abcdefgh" }, "en")).toMatchObject({
      password: "Use at least one digit.",
    });
  });

  it("words a field the post left out (an issue zod words itself) in the shopper's language", () => {
    expect(shown(signInForm, { email: "shopper@example.com" }, "fr")).toEqual({
      password: "Saisissez votre mot de passe.",
    });
    expect(shown(signUpForm, { email: "a@example.com", password: "abc12345" }, "fr")).toEqual({
      firstName: "Vérifiez ce champ.",
      lastName: "Vérifiez ce champ.",
    });
  });
});
