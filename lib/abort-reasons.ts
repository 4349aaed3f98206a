/**
 * Works around a memory leak in React's server renderer and Next.js (react/react#37288,
 * vercel/next.js#97434): every render aborts controllers with an Error whose stack is never read.
 * V8 keeps such a stack as live call-site objects, and those hold the setImmediate callback that
 * ran the abort, which holds that request's whole render (and, through the immediate queue, the
 * renders after it). Formatting the stack once turns it into a plain string and frees them all.
 * Remove when the installed React and Next.js no longer abort with unread Errors.
 */
const PATCHED = Symbol.for("storefront-confirmation.abort-reason-stacks");

export function releaseAbortReasonStacks(): void {
  const proto = AbortController.prototype as AbortController & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const abort = proto.abort;
  proto.abort = function (this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    const settled: unknown = this.signal.reason;
    // Reading `stack` formats it (bare `abort()` makes a DOMException, which has one too).
    if (settled instanceof Error || settled instanceof DOMException) void settled.stack;
  };
  proto[PATCHED] = true;
}
