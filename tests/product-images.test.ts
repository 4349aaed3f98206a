// Product thumbnails on the confirmation page come from the catalog reads the page is given (the
// cached catalog, in the app); a product the catalog cannot answer for gets a placeholder.
import { describe, expect, it } from "vitest";
import { createBigCommerceClient } from "@/lib/bigcommerce";
import { catalogReads } from "@/lib/catalog";
import { productImages } from "@/lib/confirmation/product-images";
import { createSandbox, sandboxFetch } from "@/lib/sandbox";

function store() {
  const sandbox = createSandbox({
    storeHash: "store",
    accessToken: "token",
    imageBaseUrl: "http://img.test",
  });
  const bigcommerce = createBigCommerceClient({
    apiUrl: "http://bc.test",
    paymentsUrl: "http://bc.test",
    storeHash: "store",
    accessToken: "token",
    timeoutMs: 1000,
    fetch: sandboxFetch(sandbox),
    retry: { maxAttempts: 1 },
  });
  return { sandbox, catalog: catalogReads({ bigcommerce }) };
}

describe("product images for an order", () => {
  it("shows each product's thumbnail and description, asking the catalog once per product", async () => {
    const { sandbox, catalog } = store();
    const images = await productImages(catalog, [111, 112]);
    expect(images.get(111)?.url).toMatch(/^http:\/\/img\.test\//);
    expect(images.get(111)?.alt).toBeTruthy();
    expect(images.get(112)?.url).not.toBe(images.get(111)?.url);
    expect(sandbox.stats.calls.getProduct).toBe(2);
  });

  it("shows placeholders while the catalog fails, and images as soon as it answers", async () => {
    const { sandbox, catalog } = store();
    sandbox.knobs.failOperations = ["getProduct"];
    expect((await productImages(catalog, [111])).size).toBe(0);
    sandbox.knobs.failOperations = [];
    expect((await productImages(catalog, [111])).get(111)).toBeDefined();
  });

  it("leaves out a product the store no longer has", async () => {
    const { catalog } = store();
    const images = await productImages(catalog, [111, 999_999]);
    expect([...images.keys()]).toEqual([111]);
  });
});
