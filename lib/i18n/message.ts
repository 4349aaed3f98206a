// What domain code says to the shopper: a code of the catalogue with its values, never English.
// The edge (app/) translates it in the shopper's locale with `translate`.
import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Messages, Translate } from "./index";

/** Every message key of the catalogue, as a dotted path ("checkout.problem.totalChanged"). */
export type MessageCode = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** The values a message's arguments take: plain strings and numbers (data, never markup). */
export type MessageValues = Record<string, string | number>;

/** A message for the shopper: the code of a catalogue entry and the values of its arguments. */
export interface Message {
  code: MessageCode;
  values?: MessageValues;
}

/** A message with its values, typed: `message("errors.tooLong", { max: 100 })`. */
export const message = (code: MessageCode, values?: MessageValues): Message =>
  values ? { code, values } : { code };

/**
 * The message in the translator's locale. A code the catalogue does not have (a message kept in
 * a session from an older release, or text a form library produced) is shown as it is.
 */
export function translate(t: Translate, said: Message | string): string {
  if (typeof said === "string") return said;
  const loose = t as unknown as {
    (code: string, values?: MessageValues): string;
    has(code: string): boolean;
  };
  return loose.has(said.code) ? loose(said.code, said.values) : said.code;
}

/** Each message of a record (field errors by field name), translated. */
export function translateAll(
  t: Translate,
  said: Record<string, Message | string> | undefined,
): Record<string, string> {
  return Object.fromEntries(Object.entries(said ?? {}).map(([k, m]) => [k, translate(t, m)]));
}
