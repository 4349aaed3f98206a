// The layout mirrors under dir="rtl" because the stylesheet only speaks of the inline start and
// end: a physical left or right (margin-left, text-align: right, left: 1rem) would stay put in
// Arabic. e2e/rtl.spec.ts checks the mirrored page itself.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("../app/globals.css", import.meta.url), "utf8")
  // Comments may say "left" and "right"; declarations may not.
  .replace(/\/\*[\s\S]*?\*\//g, "");

describe("app/globals.css", () => {
  it("uses logical properties only, so that it mirrors right to left", () => {
    const physical = css
      .split("\n")
      .map((line, i) => ({ line: line.trim(), n: i + 1 }))
      .filter(({ line }) =>
        /\b(?:margin|padding|border|inset)-(?:left|right)\b|^(?:left|right)\s*:|^float\s*:\s*(?:left|right)|^clear\s*:\s*(?:left|right)|text-align\s*:\s*(?:left|right)|border-(?:top|bottom)-(?:left|right)-radius/.test(
          line,
        ),
      );
    expect(physical).toEqual([]);
  });
});
