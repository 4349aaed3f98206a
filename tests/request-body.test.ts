// Form bodies are read with a bound: never more than the limit is held, whatever is sent.
import { describe, expect, it } from "vitest";
import { readBoundedForm } from "@/lib/request-body";

const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** A request whose body streams `chunks` chunks of 1 KiB, counting how many were pulled. */
function streamed(chunks: number, headers: Record<string, string> = FORM) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new TextEncoder().encode("a".repeat(1024)));
    },
  });
  const request = new Request("http://shop.test/checkout/place-order", {
    method: "POST",
    headers,
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("bounded form bodies", () => {
  it("reads a small form into its fields", async () => {
    const request = new Request("http://shop.test/x", {
      method: "POST",
      headers: FORM,
      body: "cardholderName=Ada+L%C3%B6velace&expectedTotal=12.50&%24ACTION_ID=1",
    });
    expect(await readBoundedForm(request)).toEqual({
      ok: true,
      fields: { cardholderName: "Ada Lövelace", expectedTotal: "12.50" },
    });
  });

  it("refuses a declared 1 MB body without reading it", async () => {
    const { request, pulled } = streamed(1024, { ...FORM, "content-length": String(1024 * 1024) });
    expect(await readBoundedForm(request, 16 * 1024)).toEqual({ ok: false, status: 413 });
    // A stream fills its queue with one chunk on its own; nothing more is asked for.
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading an undeclared body as soon as it passes the limit", async () => {
    const { request, pulled } = streamed(1024);
    expect(await readBoundedForm(request, 16 * 1024)).toEqual({ ok: false, status: 413 });
    expect(pulled()).toBeLessThanOrEqual(18);
  });

  it("refuses what is not a form post", async () => {
    const request = new Request("http://shop.test/x", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(await readBoundedForm(request)).toEqual({ ok: false, status: 415 });
  });

  it("keeps a field named __proto__ as a plain field", async () => {
    const request = new Request("http://shop.test/x", {
      method: "POST",
      headers: FORM,
      body: "__proto__=polluted&constructor=x&a=1&a=2",
    });
    const result = await readBoundedForm(request);
    expect(result.ok && Object.hasOwn(result.fields, "__proto__")).toBe(true);
    expect(result.ok && result.fields.a).toBe("1");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.ok ? result.fields : null)).toBe(Object.prototype);
  });
});
