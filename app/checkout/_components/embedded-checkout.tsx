"use client";
import { useEffect, useRef, useState } from "react";
import type { StartAnswer } from "../_lib/embedded-answer";

/** The words the component shows, translated by the page. */
export interface EmbeddedCheckoutWords {
  loading: string;
  finishing: string;
  fallbackTitle: string;
  fallbackBody: string;
  fallbackLink: string;
  /** The frame's accessible name (the SDK's iframe has none). */
  frameTitle: string;
}

type State =
  | { kind: "starting" }
  | { kind: "mounted" }
  | { kind: "finishing" }
  | { kind: "refused"; message: string }
  /** The frame could not be shown: BigCommerce's hosted checkout instead (a form: fresh URLs). */
  | { kind: "fallback" };

/** Where the SDK puts its frame. */
const CONTAINER_ID = "embedded-checkout";

/**
 * BigCommerce's embedded checkout, mounted by the real SDK's embedCheckout() from the URL the
 * server gives (/checkout/embedded/start: the checkout token it mints there never reaches this
 * script). When the frame reports completion, a plain form post (/checkout/embedded/complete)
 * takes the shopper to the confirmation. If the frame cannot be mounted (embedCheckout rejects: a
 * site URL that does not match this store's, a blocked frame, its 60 s time limit), the shopper is
 * offered the hosted checkout instead. The SDK itself accepts messages only from the frame's origin.
 */
export function EmbeddedCheckout({
  checkoutId,
  words,
}: {
  /** This session's cart, posted back on completion (the server compares it with the session's). */
  checkoutId: string;
  words: EmbeddedCheckoutWords;
}) {
  const [state, setState] = useState<State>({ kind: "starting" });
  const complete = useRef<HTMLFormElement>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mountCheckout(words.frameTitle, setState, () => complete.current?.requestSubmit());
  }, [words.frameTitle]);

  return (
    <div className="stack">
      {state.kind === "starting" && (
        <p role="status" className="muted">
          {words.loading}
        </p>
      )}
      {state.kind === "finishing" && <p role="status">{words.finishing}</p>}
      {state.kind === "refused" && (
        <p role="alert" className="alert alert--error">
          {state.message}
        </p>
      )}
      {state.kind === "fallback" && (
        <div role="alert" className="alert alert--error stack">
          <p style={{ margin: 0 }}>
            <strong>{words.fallbackTitle}</strong>
          </p>
          <p style={{ margin: 0 }}>{words.fallbackBody}</p>
          {/* Fresh redirect URLs at the click: the frame's have been used, and they expire. */}
          <form method="post" action="/checkout/embedded/start">
            <input type="hidden" name="go" value="hosted" />
            <button type="submit">{words.fallbackLink}</button>
          </form>
        </div>
      )}
      {/* Hidden once the frame cannot be shown: the SDK's spinner and any half-made frame go with it. */}
      <div
        id={CONTAINER_ID}
        data-testid="embedded-checkout"
        hidden={state.kind === "fallback" || state.kind === "refused"}
      />
      <form ref={complete} method="post" action="/checkout/embedded/complete" hidden>
        <input type="hidden" name="checkoutId" value={checkoutId} />
      </form>
    </div>
  );
}

/**
 * Asks the server to start the checkout, then mounts the frame with the SDK (loaded on demand, so
 * only this page carries it); every failure ends in the fallback state.
 */
function mountCheckout(
  frameTitle: string,
  setState: (update: State | ((s: State) => State)) => void,
  submitCompletion: () => void,
) {
  let completed = false;
  // The SDK's iframe comes without a title: name it as soon as it is added.
  const container = document.getElementById(CONTAINER_ID);
  const naming = new MutationObserver(() => {
    container?.querySelectorAll("iframe:not([title])").forEach((frame) => {
      frame.setAttribute("title", frameTitle);
    });
  });
  if (container) naming.observe(container, { childList: true, subtree: true });
  (async () => {
    const response = await fetch("/checkout/embedded/start", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "",
    });
    if (!response.ok) throw new Error(`start answered ${response.status}`);
    const answer = (await response.json()) as StartAnswer;
    if (answer.kind === "no-cart") {
      window.location.assign(answer.cartUrl);
      return;
    }
    if (answer.kind === "refused") {
      setState({ kind: "refused", message: answer.message });
      return;
    }
    const { embedCheckout } = await import("@bigcommerce/checkout-sdk");
    await embedCheckout({
      url: answer.frameUrl,
      containerId: CONTAINER_ID,
      styles: {
        body: { backgroundColor: "#ffffff" },
        button: { backgroundColor: "#1f4e79", color: "#ffffff" },
      },
      onComplete: () => {
        // Once: a second CHECKOUT_COMPLETE must not cancel the navigation the first started.
        if (completed) return;
        completed = true;
        setState({ kind: "finishing" });
        submitCompletion();
      },
    });
    setState((s) => (s.kind === "starting" ? { kind: "mounted" } : s));
  })().catch(() => setState({ kind: "fallback" }));
}
