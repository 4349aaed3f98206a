// Hostile form bodies for the fuzz suite (fuzz.spec.ts), and how they are put on the wire: as a
// URL-encoded body (what place-order reads), as a plain HTML form post to a server action
// (multipart with a `$ACTION_ID_…` field, as a browser without JavaScript sends it), or as
// Next.js's client calls a server action (a `Next-Action` header and React's reply encoding:
// field `0` holds `["$K1"]` and the form's fields carry the prefix `1_`).
import { BROKEN_UTF8, HOSTILE_TEXT, kib, PROTOTYPE_NAMES, rotate } from "./fuzz-values";

/** A field's value: text (sent as UTF-8), raw bytes, or text put in a URL-encoded body unescaped. */
export type FieldValue = string | Buffer | { raw: string };
export type Field = [name: string, value: FieldValue];

/** One form body: what is hostile in it, and its fields in order (duplicates allowed). */
export interface FormBody {
  label: string;
  fields: Field[];
}

const bytes = (latin1: string) => Buffer.from(latin1, "latin1");

/** Every field of `base` set to `value`. */
const each = (base: Record<string, string>, value: FieldValue): Field[] =>
  Object.keys(base).map((name) => [name, value]);

/**
 * Bodies built around a form's own fields (`base`, as its page renders them): every field given
 * one hostile text (place-order's form, `turn` 0, gets them all; each action a share, in turns),
 * prototype names as extra field names, 16 KB values, broken UTF-8, malformed
 * escapes, duplicates, empty names, Next.js's own field names, nothing at all, and too much.
 */
export function hostileForms(base: Record<string, string>, turn: number): FormBody[] {
  const fields = Object.entries(base);
  const texts = turn === 0 ? HOSTILE_TEXT : rotate(HOSTILE_TEXT, turn - 1, 7);
  return [
    { label: "its own fields", fields },
    { label: "no fields", fields: [] },
    ...texts.map((value) => ({
      label: `every field ${JSON.stringify(value.slice(0, 20))}`,
      fields: each(base, value),
    })),
    { label: "every field 16 KB", fields: each(base, kib(16)) },
    {
      label: "prototype names as field names",
      fields: [...fields, ...PROTOTYPE_NAMES.map((name): Field => [name, "x"])],
    },
    { label: "only prototype names", fields: PROTOTYPE_NAMES.map((name) => [name, name]) },
    ...BROKEN_UTF8.map((value) => ({
      label: `broken UTF-8 ${Buffer.from(value, "latin1").toString("hex")}`,
      fields: [...each(base, bytes(value)), [bytes(value).toString("latin1"), "x"] as Field],
    })),
    ...["%E0%A4%A", "%", "%zz", "%00", "%FF"].map((raw) => ({
      label: `malformed escape ${raw}`,
      fields: [...each(base, { raw }), [`a${raw}`, { raw }] as Field],
    })),
    { label: "every field twice", fields: [...fields, ...each(base, "constructor")] },
    { label: "a field 200 times", fields: Array.from({ length: 200 }, (): Field => ["a", "b"]) },
    { label: "empty names", fields: [["", "x"], ["", ""], ...fields] },
    {
      label: "Next.js field names",
      fields: [
        ...fields,
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"constructor","bound":null}'],
        ["$ACTION_KEY", "k__proto__"],
        ["0", "garbage"],
      ],
    },
    { label: "30 KB", fields: [...fields, ["pad", kib(30)]] },
    { label: "40 KB (over every form limit)", fields: [...fields, ["pad", kib(40)]] },
  ];
}

/** A field name's bytes: Latin-1 when it fits (so raw bytes stay raw), UTF-8 otherwise. */
const nameBytes = (name: string) =>
  Buffer.from(name, /^[\x00-\xff]*$/.test(name) ? "latin1" : "utf8");

function valueBytes(value: FieldValue): Buffer {
  if (Buffer.isBuffer(value)) return value;
  return Buffer.from(typeof value === "string" ? value : value.raw, "utf8");
}

function encodeBytes(value: Buffer): string {
  return [...value]
    .map((b) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).padStart(2, "0").toUpperCase()}`,
    )
    .join("");
}

/** `application/x-www-form-urlencoded`, with raw values left as they are. */
export function urlEncoded(fields: Field[]): Buffer {
  const part = (value: FieldValue) =>
    typeof value === "object" && !Buffer.isBuffer(value)
      ? value.raw
      : encodeBytes(valueBytes(value));
  return Buffer.from(
    fields.map(([name, value]) => `${encodeBytes(nameBytes(name))}=${part(value)}`).join("&"),
  );
}

export const BOUNDARY = "----fuzzBoundary7MA4YWxkTrZu0gW";

/** `multipart/form-data` with BOUNDARY; names are written as raw bytes, quotes and all. */
export function multipart(fields: Field[]): Buffer {
  const parts = fields.map(([name, value]) =>
    Buffer.concat([
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="`),
      nameBytes(name),
      Buffer.from('"\r\n\r\n'),
      valueBytes(value),
      Buffer.from("\r\n"),
    ]),
  );
  return Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}

export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

/** A server action posted as a browser without JavaScript does: its id is a field. */
export function actionFormPost(actionId: string, fields: Field[]) {
  return {
    headers: { "content-type": MULTIPART_TYPE },
    body: multipart([[`$ACTION_ID_${actionId}`, ""], ...fields]),
  };
}

/** A server action called as Next.js's client does: `Next-Action` header, React's reply encoding. */
export function actionFetch(actionId: string, fields: Field[]) {
  return {
    headers: {
      "content-type": MULTIPART_TYPE,
      "next-action": actionId,
      accept: "text/x-component",
    },
    body: multipart([["0", '["$K1"]'], ...fields.map(([n, v]): Field => [`1_${n}`, v])]),
  };
}

/** Bodies of other types, for any POST route: JSON, plain text, bare bytes, broken multipart. */
export const OTHER_BODIES: { label: string; contentType: string | null; body?: Buffer }[] = [
  { label: "no body, no type", contentType: null },
  {
    label: "JSON prototype keys",
    contentType: "application/json",
    body: Buffer.from('{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}'),
  },
  { label: "JSON array", contentType: "application/json", body: Buffer.from("[]") },
  { label: "JSON cut short", contentType: "application/json", body: Buffer.from('{"a":') },
  { label: "plain text", contentType: "text/plain;charset=UTF-8", body: Buffer.from("garbage") },
  { label: "React reply []", contentType: "text/plain;charset=UTF-8", body: Buffer.from("[]") },
  {
    label: "React reply [null]",
    contentType: "text/plain;charset=UTF-8",
    body: Buffer.from("[null]"),
  },
  {
    label: "React reply [1,2,3]",
    contentType: "text/plain;charset=UTF-8",
    body: Buffer.from('[1,"__proto__",{"constructor":1}]'),
  },
  {
    label: "multipart without boundary",
    contentType: "multipart/form-data",
    body: Buffer.from("--x\r\n"),
  },
  {
    label: "multipart never closed",
    contentType: MULTIPART_TYPE,
    body: Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="a"\r\n\r\nb`),
  },
  { label: "empty type", contentType: "", body: Buffer.from("a=b") },
  {
    label: "bytes",
    contentType: "application/octet-stream",
    body: Buffer.from([0, 255, 254, 0xc3, 0x28]),
  },
  {
    label: "URL-encoded, broken",
    contentType: "application/x-www-form-urlencoded",
    body: Buffer.from("%E0%A4%A=%&__proto__=1&&="),
  },
];
