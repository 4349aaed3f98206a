// The built-in sandbox store: an emulator of the BigCommerce endpoints this app uses.
// Two doors onto one handler: `sandboxFetch` in-process (the composition root's door in sandbox
// mode, lib/runtime/sandbox-door.ts) and `startSandboxServer` over real HTTP (./server.ts:
// `npm run sandbox`, the end-to-end tests, the bench and the drill).
import type { Sandbox } from "./sandbox";

export { createSandbox, type Sandbox, type SandboxOptions } from "./sandbox";
export type { SandboxKnobs } from "./http/knobs";
export { TEST_CARDS } from "./seed";
export {
  SANDBOX_ACCESS_TOKEN,
  SANDBOX_CLIENT_ID,
  SANDBOX_CLIENT_SECRET,
  SANDBOX_STORE_HASH,
} from "./constants";

/** A `fetch` that answers from the sandbox's handler without touching the network. */
export function sandboxFetch(sandbox: Sandbox): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    return sandbox.handler(request);
  };
}
