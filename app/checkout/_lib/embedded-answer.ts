/**
 * What /checkout/embedded/start answers the checkout page's script (JSON): the frame's URL and the
 * hosted checkout's (both single-use, BigCommerce's), the cart page when there is no cart, or why
 * the checkout cannot start (`message`, in the shopper's language).
 */
export type StartAnswer =
  | { kind: "ready"; frameUrl: string; hostedUrl: string }
  | { kind: "no-cart"; cartUrl: string }
  | { kind: "refused"; message: string };
