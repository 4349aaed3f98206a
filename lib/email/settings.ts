import { z } from "zod";
import { blankToUndefined, intInRange } from "@/lib/config-fields";

// The email settings (order lookup's fresh link), read from the environment object lib/config.ts
// hands over (only lib/config.ts reads process.env): SMTP for the email (any provider's relay),
// the address it comes from, the public origin its link names, and the link's lifetime.

type Env = Record<string, string | undefined>;

// SMTP for the fresh-link email (any provider's relay), the address it comes from, the public
// origin its link names, and the link's lifetime. Validated with the rest, with named errors.

/** An SMTP relay: a URL (smtp:// or smtps://, credentials inside) or host, port and login. */
export type SmtpSettings =
  | { url: string }
  | { host: string; port: number; secure: boolean; user?: string; password?: string };

/**
 * Where the lookup's email goes:
 * - `smtp`: through the relay, from `from`, with links to `publicUrl` (PUBLIC_URL, required with
 *   SMTP in both modes: a request's Host, Origin or X-Forwarded-Host header must never choose
 *   where a link sent to a real inbox points);
 * - `outbox`: sandbox mode without SMTP: kept in this process's memory, shown at /sandbox/outbox;
 *   links name `publicUrl` when set, else the request's checked origin (nothing leaves the process);
 * - `none`: live mode without SMTP: nothing is sent (logged once as `email.not-configured`).
 */
export type EmailConfig =
  | {
      transport: "smtp";
      smtp: SmtpSettings;
      from: string;
      /** This site's public origin (PUBLIC_URL, no trailing slash). */
      publicUrl: string;
    }
  | {
      transport: "outbox";
      from: string;
      /** PUBLIC_URL (no trailing slash), or undefined: the request's checked origin. */
      publicUrl: string | undefined;
    }
  | { transport: "none"; publicUrl: string | undefined };

/** The sender of the sandbox outbox's messages (never sent anywhere). */
const SANDBOX_MAIL_FROM = "Storefront sandbox <orders@sandbox.invalid>";

const emailSchema = z.object({
  SMTP_URL: z.preprocess(
    blankToUndefined,
    z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  ),
  SMTP_HOST: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9.-]{1,253}$|^\[[0-9a-fA-F:.]+\]$/, "must be a host name or address")
      .optional(),
  ),
  SMTP_PORT: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, "must be a port number from 1 to 65535")
      .transform(Number)
      .refine((n) => n >= 1 && n <= 65_535, "must be a port number from 1 to 65535")
      .optional(),
  ),
  SMTP_USER: z.preprocess(blankToUndefined, z.string().max(512).optional()),
  SMTP_PASSWORD: z.preprocess(blankToUndefined, z.string().max(512).optional()),
  SMTP_SECURE: z.preprocess(
    blankToUndefined,
    z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional(),
  ),
  MAIL_FROM: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(320)
      .regex(
        /^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/,
        'must be an address such as orders@example.com or "Shop <orders@example.com>"',
      )
      .optional(),
  ),
  PUBLIC_URL: z.preprocess(
    blankToUndefined,
    z
      .url({
        protocol: /^https?$/,
        error: "must be an http(s) URL such as https://shop.example.com",
      })
      .transform((u) => new URL(u))
      .refine((u) => u.pathname === "/" && !u.search && !u.hash && !u.username, {
        error: "must be an origin only (https://shop.example.com), without a path",
      })
      .transform((u) => u.origin)
      .optional(),
  ),
  // A day by default: long enough to find the email, short enough to bound a forwarded link.
  ORDER_LINK_TTL_SECONDS: intInRange(3600, 2_592_000, 86_400),
});

/** What readEmailSettings found: the settings, or the first problem as one line naming the variable. */
export type EmailSettingsResult =
  | { ok: true; value: { email: EmailConfig; linkTtlSeconds: number } }
  | { ok: false; problem: string };

/**
 * The email settings the environment `env` describes (see EmailConfig), in live or sandbox mode,
 * and the emailed link's lifetime in seconds (ORDER_LINK_TTL_SECONDS, 3600..2592000, default 86400).
 */
export function readEmailSettings(env: Env, live: boolean): EmailSettingsResult {
  const result = emailSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, problem: `${String(issue.path[0] ?? "configuration")} ${issue.message}` };
  }
  try {
    return {
      ok: true,
      value: {
        email: emailConfig(result.data, live),
        linkTtlSeconds: result.data.ORDER_LINK_TTL_SECONDS,
      },
    };
  } catch (error) {
    if (error instanceof EmailSettingsError) return { ok: false, problem: error.message };
    throw error;
  }
}

class EmailSettingsError extends Error {}

/** EmailConfig from validated variables; throws EmailSettingsError for a combination that cannot work. */
function emailConfig(e: z.infer<typeof emailSchema>, live: boolean): EmailConfig {
  const publicUrl = e.PUBLIC_URL;
  if (e.SMTP_URL && e.SMTP_HOST) {
    throw new EmailSettingsError("SMTP_URL and SMTP_HOST are both set: use one or the other");
  }
  if (!e.SMTP_URL && !e.SMTP_HOST) {
    for (const name of ["SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_SECURE"] as const) {
      if (e[name] !== undefined)
        throw new EmailSettingsError(`${name} is set but SMTP_HOST is missing`);
    }
    if (live) return { transport: "none", publicUrl };
    return { transport: "outbox", from: e.MAIL_FROM ?? SANDBOX_MAIL_FROM, publicUrl };
  }
  if (!e.MAIL_FROM)
    throw new EmailSettingsError("MAIL_FROM is missing (required with SMTP settings)");
  if (!publicUrl) {
    // In sandbox mode too: a real inbox must never receive a link whose host a request chose.
    throw new EmailSettingsError(
      "PUBLIC_URL is missing (required with SMTP settings: the origin the emailed link names, never taken from a request)",
    );
  }
  let smtp: SmtpSettings;
  if (e.SMTP_URL) {
    smtp = { url: e.SMTP_URL };
  } else {
    if ((e.SMTP_USER === undefined) !== (e.SMTP_PASSWORD === undefined)) {
      throw new EmailSettingsError("SMTP_USER and SMTP_PASSWORD must be set together");
    }
    const port = e.SMTP_PORT ?? 587;
    smtp = {
      host: e.SMTP_HOST!,
      port,
      // Implicit TLS on 465; elsewhere STARTTLS, which nodemailer uses whenever the server offers it.
      secure: e.SMTP_SECURE ? e.SMTP_SECURE === "true" : port === 465,
      ...(e.SMTP_USER !== undefined && { user: e.SMTP_USER, password: e.SMTP_PASSWORD }),
    };
  }
  return { transport: "smtp", smtp, from: e.MAIL_FROM, publicUrl };
}
