// One payment per order, however resubmissions are timed: a controllable clock, and a payment
// answer that takes as long as the test wants.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BigCommerceClient } from "@/lib/bigcommerce";
import { placeOrder } from "@/lib/checkout/place-order";
import { parseConfig } from "@/lib/config";
import { localeContext } from "@/lib/i18n";
import { translate, type Message } from "@/lib/i18n/message";
import { MemoryKv } from "@/lib/kv";
import { createTokenLedger } from "@/lib/token-ledger";
import { inProcessStoreWithCheckout } from "./support/checkout";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "setInterval", "clearInterval", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A client whose payments wait until `finish()`; `calls()` counts payments sent. */
function slowPayments(bc: BigCommerceClient) {
  let calls = 0;
  let finish: () => void = () => {};
  let started: () => void = () => {};
  const paymentStarted = new Promise<void>((resolve) => (started = resolve));
  const client: BigCommerceClient = {
    ...bc,
    processPayment: async (pat, input) => {
      calls += 1;
      started();
      await new Promise<void>((resolve) => (finish = resolve));
      return bc.processPayment(pat, input);
    },
  };
  return { client, calls: () => calls, finish: () => finish(), paymentStarted };
}

async function setup() {
  const { bc, checkout } = await inProcessStoreWithCheckout(600_000);
  const slow = slowPayments(bc);
  const kv = new MemoryKv();
  const deps = {
    bigcommerce: slow.client,
    kv,
    ledger: createTokenLedger(kv),
    config: parseConfig({}),
  };
  const input = {
    checkoutId: checkout.id,
    payment: {
      expectedTotal: String(checkout.grand_total),
      cardholderName: "Ada Lovelace",
      cardNumber: "4111111111111111",
      cardExpiry: { month: 12, year: 2034 },
      cardCvv: "123",
    },
  };
  return { deps, input, slow };
}

describe("the payment lease", () => {
  it.each([
    ["a resubmission while the payment runs", 1_000],
    ["a resubmission after the lease's own lifetime", 60_000],
    ["a resubmission after ten minutes of a hanging payment", 600_000],
  ])("%s makes no second payment", async (_, delayMs) => {
    const { deps, input, slow } = await setup();
    const first = placeOrder(deps, input);
    await slow.paymentStarted;
    await vi.advanceTimersByTimeAsync(delayMs);

    const second = placeOrder(deps, input);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(slow.calls()).toBe(1);

    slow.finish();
    expect((await first).kind).toBe("confirmed");
    await vi.advanceTimersByTimeAsync(1_000);
    const again = await second;
    expect(again).toEqual({
      kind: "already-paid",
      orderId: ((await first) as { orderId: number }).orderId,
    });
    expect(slow.calls()).toBe(1);
  });

  it("a resubmission while a declined payment runs is told the same, in the shopper's language", async () => {
    const { deps, input, slow } = await setup();
    const declinedCard = { ...input.payment, cardNumber: "4000000000000002" };
    const first = placeOrder(deps, { ...input, payment: declinedCard });
    await slow.paymentStarted;
    const second = placeOrder(deps, { ...input, payment: declinedCard });
    const secondFailed = expect(second).rejects.toMatchObject({
      reason: { code: "checkout.problem.declined", values: { detail: expect.any(String) } },
    });
    await vi.advanceTimersByTimeAsync(1_000);
    slow.finish();
    const declined = await first;
    expect(declined).toMatchObject({
      kind: "declined",
      message: { code: "checkout.problem.declined" },
    });
    await vi.advanceTimersByTimeAsync(1_000);
    await secondFailed;
    // The code is kept with BigCommerce's reason as data, and worded in the shopper's language.
    const { t } = localeContext("de");
    const said = translate(t, (declined as { message: Message }).message);
    expect(said).toMatch(/^Ihre Zahlung wurde nicht angenommen: \S/);
    expect(slow.calls()).toBe(1);
  });
});
