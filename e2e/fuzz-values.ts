// The hostile values the fuzz suite (fuzz.spec.ts) sends, by where they go: header values, cookies,
// query strings, path segments and form bodies. Every value is one a client can really send:
// header values stay within what HTTP allows (visible ASCII and raw bytes 0x80-0xFF, which is how
// broken UTF-8 travels), and paths and queries are written already percent-encoded, so that
// malformed escapes reach the server as typed.

/** Names a plain object inherits: a lookup by request data that uses `in` or `[]` finds them. */
export const PROTOTYPE_NAMES = [
  "constructor",
  "__proto__",
  "toString",
  "prototype",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
] as const;

/** `n` KiB of one character. */
export const kib = (n: number, char = "a") => char.repeat(n * 1024);

/**
 * `n` items of `list` for the route (or form) at `index`, taking turns: over the routes every item is used
 * about equally often, so each route meets a share of the values and each value several routes.
 */
export function rotate<T>(list: readonly T[], index: number, n: number): T[] {
  if (list.length <= n) return [...list];
  return Array.from({ length: n }, (_, i) => list[(index * n + i) % list.length]);
}

/** Broken UTF-8 as raw bytes (a header value is Latin-1 on the wire): a lone lead, a bad pair, a cut emoji. */
export const BROKEN_UTF8 = ["\xC3\x28", "\xE0\xA4", "\xF0\x9F\x98", "\xFF\xFE"];

/** Malformed or tricky percent-encoding, as it stands in a URL. */
export const BAD_ESCAPES = ["%00", "%E0%A4%A", "%", "%zz", "%C0%AF", "%FF%FE", "..%2F..%2F"];

/** Values for any text field: prototype names, numbers a parser trips on, markup, non-ASCII. */
export const HOSTILE_TEXT = [
  ...PROTOTYPE_NAMES,
  "",
  " ",
  "-1",
  "0",
  "1e9",
  "9".repeat(40),
  "NaN",
  "null",
  "[object Object]",
  "<script>alert(1)</script>",
  "' OR '1'='1",
  "ü€😀",
];

/** Header values for every header; `kib(8)` stays under Node's 16 KB header limit, `kib(17)` passes it. */
const ANY_HEADER = [...PROTOTYPE_NAMES.slice(0, 3), "", ...BROKEN_UTF8.slice(0, 2), kib(8)];

/** Header name → the values sent in it (one case per value and route). */
export const HOSTILE_HEADERS: Record<string, string[]> = {
  "accept-language": [
    ...ANY_HEADER,
    "__proto__;q=1, constructor;q=0.9, toString;q=0.8",
    "de-DE;q=abc",
    "en-US;q=1e999, de;q=-1",
    ",,,;;;=",
    "*",
    "i-klingon, x-private, zh-Hant-TW-u-ca-buddhist",
    Array.from({ length: 300 }, (_, i) => `x${i}`).join(","),
  ],
  origin: [...ANY_HEADER, "null", "http://evil.example", "://", "http://[", "file:///etc/passwd"],
  host: [...ANY_HEADER, "evil.example", "[::1", "localhost:99999", kib(1, "h")],
  "x-forwarded-host": [...ANY_HEADER, "evil.example", "a, b, c", "localhost:99999"],
  "content-type": [
    ...ANY_HEADER,
    "application/json",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "text/plain;charset=UTF-8",
    "application/x-www-form-urlencoded; charset=utf-16",
  ],
  "next-action": [
    ...ANY_HEADER,
    "deadbeef",
    "0".repeat(42),
    `40${"f".repeat(40)}`,
    "%00",
    "../../x",
  ],
  "x-confirmation-link": [...ANY_HEADER, "spent", "granted"],
  "x-forwarded-for": [...ANY_HEADER, "127.0.0.1", "::1", "1.1.1.1, 2.2.2.2", "999.999.999.999"],
  "x-correlation-id": [...ANY_HEADER, "00000000-0000-0000-0000-000000000000"],
  // Next.js's own request headers, which a client can send as well as its router does.
  rsc: ["1", ...PROTOTYPE_NAMES.slice(0, 2)],
  "next-router-state-tree": ["%5B", "[]", "constructor", '["",{"children":["__proto__",{}]}]'],
  "next-router-prefetch": ["1", "constructor"],
  "next-url": ["/__proto__", "%E0%A4%A", "//evil.example"],
  "user-agent": [kib(8), ""],
};

/** Cookie headers around a session cookie that really opens (`sealed`, the fuzzer's own). */
export function hostileCookies(sealed: string): string[] {
  const half = sealed.slice(0, Math.floor(sealed.length / 2));
  const tampered = `${sealed.slice(0, -3)}${sealed.endsWith("a") ? "b" : "a"}~2`;
  const sessionValues = [
    "garbage",
    "",
    "Fe26.2*1*2*3*4*5*6*7",
    "Fe26.2**********",
    `Fe26.2*1*${"0".repeat(64)}*x*y*99999999999999*z*w`,
    half,
    sealed.slice(0, -1),
    tampered,
    kib(5, "x"),
    `${sealed}${kib(4, "z")}`,
    '"quoted"',
    "%E0%A4%A",
    ...BROKEN_UTF8.slice(0, 2),
    ...PROTOTYPE_NAMES.slice(0, 3),
  ];
  return [
    ...sessionValues.map((value) => `__Host-sf_session=${value}`),
    ...sessionValues.slice(0, 10).map((value) => `__Host-sf_session=${value}`),
    `__Host-sf_session=garbage; __Host-sf_session=${sealed}`,
    `__Host-sf_session=${sealed}; __Host-sf_session=garbage`,
    `__Host-sf_session=${sealed}; __Host-sf_session=${sealed}`,
    Array.from({ length: 200 }, (_, i) => `c${i}=${i}`).join("; "),
    `${Array.from({ length: 50 }, (_, i) => `__Host-sf_session=${i}`).join("; ")}; __Host-sf_session=${sealed}`,
    "__proto__=1; constructor=2; toString=3; hasOwnProperty=4",
    "sf_session",
    ";;;;=;=",
    kib(12, "c"),
  ];
}

/** Query strings (without `?`): the link token `t`, the flash id `f`, repeats and prototype names. */
export function hostileQueries(spentToken: string): string[] {
  return [
    ...["constructor", "__proto__", "toString", "", "0", kib(16), spentToken, "a".repeat(64)].map(
      (t) => `t=${t}`,
    ),
    ...BAD_ESCAPES.map((t) => `t=${t}`),
    `t=${spentToken}&t=${"0".repeat(64)}`,
    "t[]=1&t[]=2",
    "t[__proto__]=1",
    ...["constructor", "__proto__", "", kib(4)].map((f) => `f=${f}`),
    "f=a&f=b&f=c",
    "f[]=x",
    "__proto__=1&constructor=2&toString=3",
    "constructor[prototype][polluted]=1",
    "__proto__[toString]=1",
    "%E0%A4%A=1",
    "=&&&=",
    Array.from({ length: 500 }, (_, i) => `p${i}=${i}`).join("&"),
  ];
}

/** Path segments where the app expects an id (`/products/{id}`, `/order-confirmation/{id}`). */
export const HOSTILE_IDS = [
  ...PROTOTYPE_NAMES,
  "-1",
  "0",
  "1e9",
  "2147483648",
  "9".repeat(40),
  "0x6f",
  "111.0",
  "%20111",
  "%F0%9F%98%80",
  ...BAD_ESCAPES,
  "..%2F..%2Fapi%2Fhealth",
  "%2e%2e%2f",
  "a;b",
  kib(16, "1"),
];
