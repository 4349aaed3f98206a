import { headers } from "next/headers";
import type { PurchaseEvent } from "@/lib/confirmation/purchase-event";
import { NONCE_HEADER } from "@/lib/request-headers";

/**
 * Pushes the GA4 purchase event for this (first) view. Inline: no third-party script needed; it
 * carries the page's CSP nonce (proxy.ts), like every script the app writes.
 */
export async function PurchaseEventScript({ event }: { event: PurchaseEvent }) {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  // JSON in a script: escape "<" so no value can close the tag.
  const json = JSON.stringify(event).replace(/</g, "\\u003c");
  return (
    <script
      id="purchase-event"
      nonce={nonce}
      dangerouslySetInnerHTML={{
        __html: `window.dataLayer=window.dataLayer||[];window.dataLayer.push({ecommerce:null});window.dataLayer.push(${json});`,
      }}
    />
  );
}
