// Dates as the shopper reads them: in the store's time zone (BigCommerce's getStoreInformation,
// through lib/geography), named, in the shopper's locale. Pure: server and browser alike.

/** Options of formatOrderDate. */
export interface OrderDateOptions {
  /** BCP 47 locale tag for the words and order, e.g. "de-DE", "ar". */
  locale: string;
  /** IANA time zone, e.g. "America/Chicago"; an unknown zone is written in UTC instead. */
  timeZone: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and zone; a zone Intl does not know falls back to UTC. */
function formatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}\u0000${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    };
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * A moment as a long date and a time with its zone named, in `locale`, in `timeZone`:
 * `formatOrderDate("2026-03-05T21:40:11+00:00", { locale: "en-US", timeZone: "America/Chicago" })`
 * is "March 5, 2026 at 3:40 PM CST". Takes ISO 8601 (v3) and RFC 2822 (v2 orders: "Thu, 05 Mar
 * 2026 21:40:11 +0000") or a Date. Throws RangeError for a date it cannot read or a malformed
 * locale tag; an unknown time zone is written in UTC (and named so) rather than failing a page.
 */
export function formatOrderDate(value: string | Date, options: OrderDateOptions): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  return formatter(options.locale, options.timeZone).format(date);
}
