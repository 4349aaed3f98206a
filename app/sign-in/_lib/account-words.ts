import "server-only";
import { isAccountFieldCode, type AccountProblem } from "@/lib/account";
import type { Message } from "@/lib/i18n/message";
import type { Translate } from "@/lib/i18n";

// lib/account says why with message codes; here they become the shopper's words.

/** Why signing in or up was refused, in the shopper's language. */
export function problemText(t: Translate, problem: AccountProblem): string {
  return problem.code === "account.problem.throttled"
    ? t(problem.code, problem.values)
    : t(problem.code);
}

/**
 * The form's field errors (field → message code from signInForm or signUpForm) in the shopper's
 * language; a code that is not lib/account's (an issue zod worded itself) reads "Check this field.".
 */
export function fieldErrorTexts(
  t: Translate,
  said: Record<string, Message | string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(said).map(([field, message]) => {
      const code = typeof message === "string" ? message : message.code;
      return [field, t(isAccountFieldCode(code) ? code : "account.field.invalid")];
    }),
  );
}
