// @vitest-environment jsdom
// The cart and order summary as the shopper reads them, for a mixed cart: every line kind, the
// fee by its display name, handling, the coupon without "()", and a total the rows add up to.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CartLines, CartTotals } from "@/app/_components/cart-summary";
import { toCheckoutView } from "@/lib/checkout/view";
import { localeContext } from "@/lib/i18n";
import { mixedCheckout, readerOf } from "./support/checkout-fixtures";

afterEach(() => cleanup());

const en = localeContext("en");

const viewOf = async (checkout: ReturnType<typeof mixedCheckout>) =>
  toCheckoutView(await readerOf(checkout).getCheckout(checkout.id));

describe("the cart summary", () => {
  it("lists every kind of line and a totals table that adds up", async () => {
    const view = await viewOf(mixedCheckout());
    render(
      <>
        <CartLines view={view} {...en} />
        <CartTotals view={view} {...en} />
      </>,
    );
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Stoneware MugColor: BlueQty 2 × $12.50$25.00",
      "Field Guide to Coffee (e-book)DownloadQty 1 × $9.99$9.99",
      // A gift certificate has no quantity: its amount and who receives it.
      expect.stringContaining("$25 Gift CertificateFor Grace Hopper (grace@example.com)$25.00"),
      "EngravingQty 1 × $5.00$5.00",
    ]);
    const rows = screen.getAllByRole("row").map((row) => {
      const label = within(row).getByRole("rowheader").textContent;
      return [label, within(row).getByRole("cell").textContent];
    });
    expect(rows).toEqual([
      ["Subtotal", "$64.99"],
      ["Discount", "−$1.25"],
      ["Discount (SAVE10)", "−$3.50"],
      ["Shipping", "$5.00"],
      ["Handling", "$1.50"],
      ["Eco packaging", "$0.75"],
      ["Tax", "$2.71"],
      ["Total", "$70.20"],
    ]);
  });

  it("prints no empty parentheses for a coupon without a code", async () => {
    const checkout = mixedCheckout();
    checkout.coupons = [{ ...checkout.coupons[0], code: null, display_name: "" }];
    const view = await viewOf(checkout);
    render(<CartTotals view={view} {...en} />);
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent)).toContain("Discount");
    expect(document.body.textContent).not.toContain("()");
  });
});
