import type { PurchaseEvent } from "@/lib/confirmation/purchase-event";

/** Pushes the GA4 purchase event for this (first) view. Inline: no third-party script needed. */
export function PurchaseEventScript({ event }: { event: PurchaseEvent }) {
  // JSON in a script: escape "<" so no value can close the tag.
  const json = JSON.stringify(event).replace(/</g, "\\u003c");
  return (
    <script
      id="purchase-event"
      dangerouslySetInnerHTML={{
        __html: `window.dataLayer=window.dataLayer||[];window.dataLayer.push({ecommerce:null});window.dataLayer.push(${json});`,
      }}
    />
  );
}
