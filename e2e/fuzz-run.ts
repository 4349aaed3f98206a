// Runs the fuzz suite's cases (fuzz-cases.ts) against one app with a bounded number of requests in
// flight, and judges every answer: never a 5xx (nor no answer at all), never another shopper's
// email, last name or street in the body or the headers, and the status the acceptance names where
// it names one. (fuzz-report.ts explains the failures.)
import type { APIRequestContext } from "@playwright/test";
import type { FuzzCase } from "./fuzz-cases";

export interface Verdict {
  case: FuzzCase;
  /** 0 when no HTTP answer came (the connection was closed or timed out). */
  status: number;
  problem?: string;
  /** How long the answer took, in ms. */
  ms: number;
  /** What the server logged while answering this case alone (see fuzz-report.ts). */
  log?: string;
}

/** Sends one case; status 0 and the error when no HTTP answer came. */
export async function send(request: APIRequestContext, baseURL: string, c: FuzzCase) {
  try {
    const response = await request.fetch(`${baseURL}${c.path}`, {
      method: c.method,
      headers: c.headers,
      data: c.body,
      maxRedirects: 0,
      // A keep-alive connection the server closed after refusing a body is tried once more.
      maxRetries: 1,
      failOnStatusCode: false,
      timeout: 20_000,
    });
    const headers = response.headersArray().map((h) => `${h.name}: ${h.value}`);
    return { status: response.status(), text: `${headers.join("\n")}\n\n${await response.text()}` };
  } catch (error) {
    return { status: 0, text: String(error) };
  }
}

function judge(c: FuzzCase, status: number, text: string, secrets: string[]): string | undefined {
  if (status === 0) return `no answer: ${text.split("\n")[0]}`;
  if (status >= 500) return `server error ${status}`;
  const lower = text.toLowerCase();
  const leaked = secrets.filter((secret) => lower.includes(secret.toLowerCase()));
  if (leaked.length) return `holds another shopper's ${leaked.join(", ")}`;
  if (c.expectStatus !== undefined && status !== c.expectStatus)
    return `status ${status}, expected ${c.expectStatus}`;
  return undefined;
}

/** Runs every case, `inFlight` at a time; answers one verdict per case, in the cases' order. */
export async function runCases(
  request: APIRequestContext,
  baseURL: string,
  cases: FuzzCase[],
  secrets: string[],
  inFlight = 8,
): Promise<Verdict[]> {
  const verdicts: Verdict[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      const c = cases[index];
      const start = Date.now();
      const { status, text } = await send(request, baseURL, c);
      const ms = Date.now() - start;
      verdicts[index] = { case: c, status, ms, problem: judge(c, status, text, secrets) };
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return verdicts;
}
