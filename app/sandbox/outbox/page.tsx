import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { outboxMessages } from "@/lib/email/outbox";
import { formatOrderDate } from "@/lib/dates";
import { requestLocale } from "@/lib/i18n/server";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestLocale();
  return { title: t("lookup.outbox.title"), robots: { index: false, follow: false } };
}

/**
 * The sandbox outbox: mail the sandbox store kept instead of sending (sandbox mode without SMTP
 * settings), newest first, each with its plain-text part (links included). A 404 in live mode,
 * and whenever mail goes through SMTP.
 */
export default async function SandboxOutboxPage() {
  const { config } = getRuntime();
  if (config.mode !== "sandbox" || config.email.transport !== "outbox") notFound();
  const { t, tag } = await requestLocale();
  const messages = outboxMessages();
  return (
    <div className="stack">
      <h1>{t("lookup.outbox.title")}</h1>
      <p className="muted">{t("lookup.outbox.intro")}</p>
      {messages.length === 0 && <p>{t("lookup.outbox.empty")}</p>}
      {messages.map((m, i) => (
        <article key={`${m.sentAt}-${i}`} className="card stack" data-testid="outbox-message">
          <dl className="facts">
            <div>
              <dt>{t("lookup.outbox.to")}</dt>
              <dd>
                <bdi>{m.to}</bdi>
              </dd>
            </div>
            <div>
              <dt>{t("lookup.outbox.subject")}</dt>
              <dd data-testid="outbox-subject">{m.subject}</dd>
            </div>
            <div>
              <dt>{t("lookup.outbox.sentAt")}</dt>
              <dd>
                <time dateTime={m.sentAt}>
                  {formatOrderDate(m.sentAt, { locale: tag, timeZone: "UTC" })}
                </time>
              </dd>
            </div>
          </dl>
          <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 }} dir="auto">
            {m.text}
          </pre>
        </article>
      ))}
    </div>
  );
}
