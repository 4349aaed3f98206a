import type { Locale } from "@/lib/i18n";
import { documentKey } from "./not-found-document";
import { NOT_FOUND_DOCUMENTS } from "./not-found-documents.generated";

// What proxy.ts serves for a wrong door on the confirmation route: the document React rendered
// from app/_lib/not-found-document.tsx (see there), looked up by locale and mode.

const documents = new Map<string, string>(Object.entries(NOT_FOUND_DOCUMENTS));

/**
 * The confirmation route's 404 page for a locale and mode, as a complete HTML string. Throws if
 * the generated table lacks a locale (tests/not-found-document.test.tsx keeps it complete).
 */
export function notFoundDocument(locale: Locale, sandbox: boolean): string {
  const html = documents.get(documentKey(locale, sandbox));
  if (html === undefined) throw new Error(`No prebuilt 404 document for ${locale}`);
  return html;
}
