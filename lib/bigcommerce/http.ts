import "server-only";
import http from "node:http";
import https from "node:https";
import { createGunzip } from "node:zlib";

/** One request as the transport makes it, and what it needs back: the status, headers and text. */
interface HttpRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** For the whole exchange, body included. */
  timeoutMs: number;
}

/** An answer: its status, headers and whole body as UTF-8 text (decompressed). */
export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The store's API quota as this answer reports it (docs/bigcommerce.md §2.6), if it does. */
  quota?: QuotaReport;
}

/** X-Rate-Limit-Requests-Left, -Requests-Quota and -Time-Reset-Ms of one answer. */
export interface QuotaReport {
  /** Requests left in the current window. */
  left: number;
  /** Requests the window allows, when reported. */
  quota?: number;
  /** Milliseconds until the window resets. */
  resetMs: number;
}

/** The quota fields of an answer's headers, read by `get` (case-insensitive), or undefined. */
function quotaReport(get: (name: string) => string | null | undefined): QuotaReport | undefined {
  const left = Number(get("x-rate-limit-requests-left") ?? NaN);
  const resetMs = Number(get("x-rate-limit-time-reset-ms") ?? NaN);
  if (!Number.isFinite(left) || !Number.isFinite(resetMs)) return undefined;
  const quota = Number(get("x-rate-limit-requests-quota") ?? NaN);
  return { left, resetMs, ...(Number.isFinite(quota) ? { quota } : {}) };
}

type HttpClient = (url: URL, request: HttpRequest) => Promise<HttpResponse>;

/** The exchange did not finish in time (it may still have happened on BigCommerce's side). */
export class HttpTimeoutError extends Error {
  override name = "HttpTimeoutError";
}

// Connections to BigCommerce are kept open between calls: a confirmation view makes several.
// An idle connection is closed after 4 s (sooner if the server's Keep-Alive hint says so), before
// a server is likely to close it under a request just written to it.
const agents = {
  "http:": new http.Agent({ keepAlive: true, timeout: 4_000 }),
  "https:": new https.Agent({ keepAlive: true, timeout: 4_000 }),
};

/**
 * Node's own HTTP client. A confirmation view's calls are on its critical path, and this costs
 * about half the CPU of `fetch` per call (no WHATWG streams, and not Next.js's patched fetch,
 * whose cache the transport never uses).
 */
export const nodeHttp: HttpClient = (url, request) =>
  new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(
      url,
      {
        method: request.method,
        headers: { ...request.headers, "Accept-Encoding": "gzip" },
        agent: agents[url.protocol as keyof typeof agents],
      },
      (res) => {
        // The answer started but did not finish: as unknown as no answer at all.
        const cutOff = (cause?: unknown) =>
          fail(new HttpTimeoutError("the answer was cut off", { cause }));
        const body = res.headers["content-encoding"] === "gzip" ? res.pipe(createGunzip()) : res;
        const chunks: Buffer[] = [];
        res.on("error", cutOff);
        res.on("close", () => {
          if (!res.complete) cutOff();
        });
        body.on("error", cutOff);
        body.on("data", (chunk: Buffer) => chunks.push(chunk));
        body.on("end", () => {
          clearTimeout(timer);
          const raw = res.rawHeaders;
          resolve({
            status: res.statusCode ?? 0,
            // Built only when read (error answers): most answers never need theirs.
            get headers() {
              const headers = new Headers();
              for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
              return headers;
            },
            text: Buffer.concat(chunks).toString("utf8"),
            quota: quotaReport((name) => {
              const value = res.headers[name];
              return Array.isArray(value) ? value[0] : value;
            }),
          });
        });
      },
    );
    const timer = setTimeout(
      () => req.destroy(new HttpTimeoutError(`no answer in ${request.timeoutMs} ms`)),
      request.timeoutMs,
    );
    function fail(error: Error) {
      clearTimeout(timer);
      reject(error);
    }
    req.on("error", fail);
    req.end(request.body);
  });

/** The same contract over a fetch function: how the in-process sandbox and tests answer. */
export function fetchHttp(doFetch: typeof fetch): HttpClient {
  return async (url, request) => {
    const aborted = (error: unknown) =>
      error instanceof DOMException &&
      (error.name === "TimeoutError" || error.name === "AbortError")
        ? new HttpTimeoutError(error.message, { cause: error })
        : error;
    let response: Response;
    try {
      response = await doFetch(url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(request.timeoutMs),
        cache: "no-store",
      });
    } catch (error) {
      throw aborted(error);
    }
    try {
      return {
        status: response.status,
        headers: response.headers,
        text: await response.text(),
        quota: quotaReport((name) => response.headers.get(name)),
      };
    } catch (error) {
      // The answer started but did not finish: as unknown as no answer at all.
      throw new HttpTimeoutError("the answer was cut off", { cause: error });
    }
  };
}
