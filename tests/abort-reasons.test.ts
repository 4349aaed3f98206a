// A finished render's memory must be collectable even when something keeps its abort signal
// (react/react#37288): without the workaround each page view pins its whole render.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "@/lib/abort-reasons";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Like a render: aborts its controller from a setImmediate callback with an Error nobody reads. */
function render(kept: AbortSignal[], bare: boolean): WeakRef<object> {
  const payload = { html: "x".repeat(1_000_000) };
  setImmediate(function flush() {
    const controller = new AbortController();
    if (bare) controller.abort();
    else controller.abort(new Error(`render of ${payload.html.length} bytes completed`));
    kept.push(controller.signal);
  });
  return new WeakRef(payload);
}

async function collected(ref: WeakRef<object>): Promise<boolean> {
  for (let i = 0; i < 5 && ref.deref(); i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  return ref.deref() === undefined;
}

describe("abort reasons", () => {
  releaseAbortReasonStacks();

  it.each([
    ["an Error", false],
    ["no reason (a DOMException)", true],
  ])("lets a render go when its signal outlives it, aborted with %s", async (_, bare) => {
    const kept: AbortSignal[] = [];
    const ref = render(kept, bare);
    await new Promise((resolve) => setImmediate(resolve));
    expect(kept[0].aborted).toBe(true);
    expect(await collected(ref)).toBe(true);
  });

  it("still reports where the abort came from", async () => {
    const controller = new AbortController();
    controller.abort(new Error("stopped"));
    expect(String((controller.signal.reason as Error).stack)).toContain("abort-reasons.test");
  });
});
