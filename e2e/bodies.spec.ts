// Oversized bodies are refused before they are read: a 1 MB "Place order" gets 413 at once.
import { expect, test } from "./fixtures";

test("a 1 MB post to Place order is refused with 413, and the store keeps serving", async ({
  request,
  baseURL,
}) => {
  const body = `cardholderName=${"A".repeat(1024 * 1024)}`;
  const response = await request.post(`${baseURL}/checkout/place-order`, {
    headers: {
      Origin: baseURL!,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    data: body,
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect((await request.get(`${baseURL}/api/ping`)).status()).toBe(200);
});
