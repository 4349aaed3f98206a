// A browser without JavaScript, over HTTP: it keeps its cookies, follows redirects, sends the
// headers a browser sends (Origin, Sec-Fetch-Site) and submits the pages' HTML forms as they are
// rendered (server actions as multipart posts with their hidden `$ACTION_ID_…` field, "Place
// order" as a urlencoded post), with the values the shopper types.

/** A page the browser has open: where it ended up after redirects, and what it answered. */
export interface Page {
  url: URL;
  status: number;
  html: string;
}

/** One form of a page, as the browser reads it. */
interface Form {
  method: string;
  action: URL;
  multipart: boolean;
  /** The entries the form submits as rendered, in document order. */
  entries: [string, string][];
}

/** How long one request (with its redirects) may take before the browser gives up. */
const REQUEST_TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 10;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** Text with HTML's character references resolved (those React writes). */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref in ENTITIES) return ENTITIES[ref];
    if (ref[0] !== "#") return whole;
    const hex = ref[1].toLowerCase() === "x";
    return String.fromCodePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10));
  });
}

/** A tag's attributes by lower-cased name (boolean attributes map to ""). */
function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const body = tag.replace(/^<\w+/, "").replace(/\/?>$/, "");
  for (const m of body.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)) {
    attrs.set(m[1].toLowerCase(), decode(m[2] ?? ""));
  }
  return attrs;
}

/** The value a select submits: its selected option, else its first; none when that is disabled. */
function selectValue(inner: string): string | null {
  const options = [...inner.matchAll(/<option\b[^>]*>([^<]*)/g)].map((m) => {
    const attrs = attributes(m[0].slice(0, m[0].indexOf(">") + 1));
    return { attrs, value: attrs.get("value") ?? decode(m[1]) };
  });
  const chosen = options.find((o) => o.attrs.has("selected")) ?? options[0];
  return !chosen || chosen.attrs.has("disabled") ? null : chosen.value;
}

/** The entries a form's controls submit as rendered: what a browser sends if nothing is typed. */
function formEntries(inner: string): [string, string][] {
  const entries: [string, string][] = [];
  const controls = /<input\b[^>]*>|<select\b[^>]*>([\s\S]*?)<\/select>|<textarea\b[^>]*>([^<]*)/g;
  for (const m of inner.matchAll(controls)) {
    const attrs = attributes(m[0].slice(0, m[0].indexOf(">") + 1));
    const name = attrs.get("name");
    if (!name || attrs.has("disabled")) continue;
    const type = attrs.get("type") ?? "text";
    if (m[0].startsWith("<select")) {
      const value = selectValue(m[1]);
      if (value !== null) entries.push([name, value]);
    } else if (m[0].startsWith("<textarea")) {
      entries.push([name, decode(m[2]).replace(/^\n/, "")]);
    } else if (type === "checkbox" || type === "radio") {
      if (attrs.has("checked")) entries.push([name, attrs.get("value") || "on"]);
    } else if (!["submit", "button", "image", "reset", "file"].includes(type)) {
      entries.push([name, attrs.get("value") ?? ""]);
    }
  }
  return entries;
}

/** The form of `page` that has a control named `field`; throws when there is none. */
export function formWith(page: Page, field: string): Form {
  for (const m of page.html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/g)) {
    if (!m[2].includes(`name="${field}"`)) continue;
    const attrs = attributes(m[1]);
    const action = new URL(attrs.get("action") || page.url.href, page.url);
    action.hash = "";
    return {
      method: (attrs.get("method") || "get").toUpperCase(),
      action,
      multipart: attrs.get("enctype") === "multipart/form-data",
      entries: formEntries(m[2]),
    };
  }
  throw new Error(`${page.url.pathname} (${page.status}) has no form with a "${field}" field`);
}

/** A browser with JavaScript turned off, on the app at `base`. */
export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  /** The Cookie header this browser sends (empty when it has none). */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** Opens `path` as a navigation (typed or followed link), following redirects. */
  open(path: string): Promise<Page> {
    return this.navigate(new URL(path, this.base), { method: "GET" });
  }

  /**
   * Submits the form of `page` that has the control `field`, with `typed` replacing (or adding)
   * the values the form holds, and follows the answer's redirects.
   */
  submit(page: Page, field: string, typed: Record<string, string>): Promise<Page> {
    const form = formWith(page, field);
    const entries = form.entries.filter(([name]) => !(name in typed));
    entries.push(...Object.entries(typed));
    if (form.method !== "POST") {
      const url = new URL(form.action);
      url.search = new URLSearchParams(entries).toString();
      return this.navigate(url, { method: "GET" });
    }
    let body: FormData | URLSearchParams;
    if (form.multipart) {
      body = new FormData();
      for (const [name, value] of entries) body.append(name, value);
    } else {
      body = new URLSearchParams(entries);
    }
    return this.navigate(form.action, { method: "POST", body, headers: { Origin: this.base } });
  }

  /** One navigation: the request, then its redirects (a 303 turns a post into a get). */
  private async navigate(url: URL, init: RequestInit): Promise<Page> {
    const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const headers = {
        Accept: "text/html,application/xhtml+xml",
        "Sec-Fetch-Mode": "navigate",
        "Sec-Fetch-Site": "same-origin",
        ...(init.headers as Record<string, string> | undefined),
        ...(this.cookies.size ? { Cookie: this.cookieHeader() } : {}),
      };
      const response = await fetch(url, { ...init, headers, redirect: "manual", signal });
      this.keepCookies(response);
      const location = response.headers.get("location");
      if (response.status < 300 || response.status > 399 || !location) {
        return { url, status: response.status, html: await response.text() };
      }
      await response.body?.cancel();
      url = new URL(location, url);
      if (response.status !== 307 && response.status !== 308) init = { method: "GET" };
    }
    throw new Error(`more than ${MAX_REDIRECTS} redirects from ${url.pathname}`);
  }

  private keepCookies(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
