// The emulated embedded checkout's frame script, without a browser: the script and a page are
// loaded over HTTP from the sandbox, then the script runs in a VM against a stand-in window
// whose parent records what is posted where, and which receives messages from chosen origins.
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_ACCESS_TOKEN, SANDBOX_STORE_HASH } from "@/lib/sandbox";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/server";

const SITE = "http://localhost:3999";
let server: SandboxServer;
let script: string;

interface Posted {
  message: { type: string; payload?: unknown };
  targetOrigin: string;
}

/** Runs the frame script on `html` (a page's markup) in a stand-in window. */
function runFrame(html: string, framed = true) {
  const config = html.match(
    /<script type="application\/json" id="checkout-config">(.*?)<\/script>/s,
  )![1];
  const posted: Posted[] = [];
  const listeners: ((event: { origin: string; data: unknown }) => void)[] = [];
  const button = { style: {} as Record<string, string> };
  const body = {
    style: {} as Record<string, string>,
    attributes: new Map<string, string>(),
    setAttribute(name: string, value: string) {
      this.attributes.set(name, value);
    },
  };
  const document = {
    body,
    getElementById: (id: string) => (id === "checkout-config" ? { textContent: config } : null),
    querySelectorAll: (selector: string) => (selector === "button.primary" ? [button] : []),
  };
  const parent = {
    postMessage: (message: Posted["message"], targetOrigin: string) =>
      posted.push({ message, targetOrigin }),
  };
  const window: Record<string, unknown> = {
    addEventListener: (type: string, listener: (typeof listeners)[number]) => {
      if (type === "message") listeners.push(listener);
    },
  };
  window.parent = framed ? parent : window;
  vm.runInNewContext(script, { window, document, JSON, Array });
  const receive = (origin: string, data: unknown) => listeners.forEach((l) => l({ origin, data }));
  return { posted, receive, body, button };
}

async function embeddedCheckoutPage(): Promise<string> {
  const api = (path: string, body?: unknown) =>
    fetch(`${server.url}/stores/${SANDBOX_STORE_HASH}${path}`, {
      method: "POST",
      headers: { "X-Auth-Token": SANDBOX_ACCESS_TOKEN, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => r.json());
  const cart = await api("/v3/carts", { line_items: [{ product_id: 111, quantity: 1 }] });
  const urls = await api(`/v3/carts/${cart.data.id}/redirect_urls`);
  const load = await fetch(urls.data.embedded_checkout_url, { redirect: "manual" });
  return (await fetch(new URL(load.headers.get("location")!, server.url))).text();
}

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, siteUrl: SITE });
  script = await (await fetch(`${server.url}/embedded-checkout/checkout.js`)).text();
});
afterAll(() => server?.close());

describe("the frame script", () => {
  it("posts FRAME_LOADED and CHECKOUT_LOADED to the site URL's origin only", async () => {
    const { posted } = runFrame(await embeddedCheckoutPage());
    expect(posted).toEqual([
      {
        message: { type: "FRAME_LOADED", payload: { contentId: "checkout-app" } },
        targetOrigin: SITE,
      },
      { message: { type: "CHECKOUT_LOADED" }, targetOrigin: SITE },
    ]);
  });

  it("posts FRAME_ERROR to '*' from a refused link", async () => {
    const refused = await (
      await fetch(`${server.url}/cart.php?action=loadInCheckout&id=x&token=y`)
    ).text();
    const { posted } = runFrame(refused);
    expect(posted).toHaveLength(1);
    expect(posted[0].targetOrigin).toBe("*");
    expect(posted[0].message.type).toBe("FRAME_ERROR");
  });

  it("posts nothing outside a frame", async () => {
    expect(runFrame(await embeddedCheckoutPage(), false).posted).toEqual([]);
  });

  it("applies STYLE_CONFIGURED from the site URL's origin and ignores it from any other", async () => {
    const frame = runFrame(await embeddedCheckoutPage());
    const styles = {
      type: "STYLE_CONFIGURED",
      payload: {
        body: { backgroundColor: "#fafafa" },
        button: { backgroundColor: "rebeccapurple" },
      },
    };
    frame.receive("http://evil.example", styles);
    expect(frame.body.style.backgroundColor).toBeUndefined();
    frame.receive(SITE, { ...styles, payload: { body: { backgroundColor: "url(x)" } } });
    expect(frame.body.style.backgroundColor).toBeUndefined();
    frame.receive(SITE, styles);
    expect(frame.body.style.backgroundColor).toBe("#fafafa");
    expect(frame.button.style.backgroundColor).toBe("rebeccapurple");
    expect(frame.body.attributes.get("data-styled")).toBe("true");
  });
});
