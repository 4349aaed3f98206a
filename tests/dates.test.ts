// formatOrderDate: the store's zone, named, in the shopper's locale.
import { describe, expect, it } from "vitest";
import { formatOrderDate } from "@/lib/dates";

// 21:40 UTC on 5 March 2026 (winter in the north, summer in Sydney) and 12:00 UTC on 1 July 2026.
const winter = "2026-03-05T21:40:11+00:00";
const summer = "Wed, 01 Jul 2026 12:00:00 +0000";

describe("formatOrderDate", () => {
  const cases: [string, string, string, string][] = [
    [winter, "en-US", "America/Chicago", "March 5, 2026 at 3:40 PM CST"],
    [summer, "en-US", "America/Chicago", "July 1, 2026 at 7:00 AM CDT"],
    [winter, "de-DE", "America/Chicago", "5. März 2026 um 15:40 GMT-6"],
    [winter, "en-US", "Europe/Berlin", "March 5, 2026 at 10:40 PM GMT+1"],
    [summer, "de-DE", "Europe/Berlin", "1. Juli 2026 um 14:00 MESZ"],
    [winter, "en-US", "Asia/Tokyo", "March 6, 2026 at 6:40 AM GMT+9"],
    [winter, "de-DE", "Asia/Tokyo", "6. März 2026 um 06:40 GMT+9"],
  ];
  it.each(cases)("writes %s in %s, %s", (value, locale, timeZone, expected) => {
    expect(formatOrderDate(value, { locale, timeZone }).replace(/\s/g, " ")).toBe(expected);
  });

  it("crosses the date line with the zone: the same moment is the 5th in Chicago, the 6th in Tokyo", () => {
    const chicago = formatOrderDate(new Date(winter), {
      locale: "en-US",
      timeZone: "America/Chicago",
    });
    const tokyo = formatOrderDate(new Date(winter), { locale: "en-US", timeZone: "Asia/Tokyo" });
    expect(chicago).toContain("March 5");
    expect(tokyo).toContain("March 6");
  });

  it("writes an unknown zone in UTC, named, and refuses what is not a date", () => {
    expect(formatOrderDate(winter, { locale: "en-US", timeZone: "Mars/Olympus" })).toMatch(
      /9:40\sPM UTC$/,
    );
    expect(() => formatOrderDate("yesterday", { locale: "en-US", timeZone: "UTC" })).toThrow(
      RangeError,
    );
  });
});
