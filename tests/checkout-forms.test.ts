import { describe, expect, it } from "vitest";
import { fieldErrors, formFields, paymentForm, readDetailsForm } from "@/lib/checkout/forms";
import { localeContext } from "@/lib/i18n";
import { translateAll } from "@/lib/i18n/message";

/** Field errors as an English-speaking shopper reads them next to each field. */
const inEnglish = (errors: Parameters<typeof translateAll>[1]) =>
  translateAll(localeContext("en").t, errors);

const shipping = {
  email: "ada@example.com",
  firstName: "Ada",
  lastName: "Lovelace",
  address1: "12 Analytical Row",
  city: "Austin",
  stateOrProvince: "TX",
  postalCode: "78701",
  countryCode: "US",
};

describe("checkout forms", () => {
  it("names every missing field and keeps what was typed", () => {
    const { typed, data, errors } = readDetailsForm({ email: "not-an-email", firstName: "Ada" });
    expect(data).toBeNull();
    expect(errors.email).toEqual({ code: "errors.email" });
    expect(inEnglish(errors)).toMatchObject({
      email: "Enter a valid email address, like name@example.com.",
      lastName: "Enter your last name.",
      address1: "Enter your street address.",
    });
    expect(typed.email).toBe("not-an-email");
    expect(typed.shipping.firstName).toBe("Ada");
  });

  it("validates a separate billing address under its own field names", () => {
    const { errors, data } = readDetailsForm({ ...shipping, billingFirstName: "Charles" });
    expect(data).toBeNull();
    expect(inEnglish(errors)).toMatchObject({
      billingLastName: "Enter your last name.",
    });
    const ok = readDetailsForm({
      ...shipping,
      billingSameAsShipping: "on",
      customerMessage: "Leave at door",
    });
    expect(ok.data?.billing).toBeUndefined();
    expect(ok.data?.customerMessage).toBe("Leave at door");
  });

  it("accepts a real card shape and refuses a mistyped number, a bad expiry and a short CVV", () => {
    const good = paymentForm.safeParse({
      expectedTotal: "24.44",
      cardholderName: "Ada",
      cardNumber: "4111 1111 1111 1111",
      cardExpiry: "12/34",
      cardCvv: "123",
    });
    expect(good.success && good.data.cardExpiry).toEqual({ month: 12, year: 2034 });
    const bad = paymentForm.safeParse({
      expectedTotal: "24.44",
      cardholderName: "Ada",
      cardNumber: "4111 1111 1111 1112",
      cardExpiry: "13/34",
      cardCvv: "12",
    });
    expect(bad.success).toBe(false);
    const fields = bad.success ? [] : bad.error.issues.map((i) => i.path[0]);
    expect(fields).toEqual(["cardNumber", "cardExpiry", "cardCvv"]);
    expect(bad.success ? {} : fieldErrors(bad.error)).toEqual({
      cardNumber: { code: "errors.cardNumber" },
      cardExpiry: { code: "errors.cardExpiry" },
      cardCvv: { code: "errors.cardCvv" },
    });
  });

  it("names its limits as values of the message, for the page to translate", () => {
    const tooLong = paymentForm.safeParse({
      expectedTotal: "1",
      cardholderName: "A".repeat(101),
      cardNumber: "4111111111111111",
      cardExpiry: "12/34",
      cardCvv: "123",
    });
    const errors = tooLong.success ? {} : fieldErrors(tooLong.error);
    expect(errors).toEqual({ cardholderName: { code: "errors.tooLong", values: { max: 100 } } });
    expect(translateAll(localeContext("de").t, errors)).toEqual({
      cardholderName: "Verwenden Sie höchstens 100 Zeichen.",
    });
  });

  it("takes the total the shopper saw only as a plain decimal string, compared exactly later", () => {
    const form = (expectedTotal: unknown) =>
      paymentForm.safeParse({
        expectedTotal,
        cardholderName: "Ada",
        cardNumber: "4111 1111 1111 1111",
        cardExpiry: "12/34",
        cardCvv: "123",
      });
    for (const ok of ["70.2", "70.20", "70.2000", "0", "1000000"]) {
      expect(form(ok).success, ok).toBe(true);
    }
    for (const bad of ["1e3", "NaN", "-1", "70.20001", "70,20", " 70.20", "0x10", "", 70.2, null]) {
      const parsed = form(bad);
      expect(parsed.success, String(bad)).toBe(false);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path[0])).toEqual([
        "expectedTotal",
      ]);
    }
  });

  it("reads a server action's argument as an empty form when it is not a FormData", () => {
    // A client can call an action with any encoded arguments: `[]`, `[null]`, `[1, "__proto__"]`.
    for (const argument of [undefined, null, 1, "__proto__", [], {}, { entries: 1 }])
      expect(formFields(argument)).toEqual({});
    const form = new FormData();
    form.append("__proto__", "x");
    form.append("$ACTION_ID_1", "");
    form.append("email", "a@example.com");
    expect(formFields(form)).toEqual(
      Object.fromEntries([
        ["__proto__", "x"],
        ["email", "a@example.com"],
      ]),
    );
  });
});
