// A real SMTP server that accepts every message and hands over its raw text (smtp-server: the
// package nodemailer's authors keep for this). Tests start it in-process (startSmtpSink); the e2e
// suite runs this file as its own process with tsx, and it writes each message as an .eml file
// into SMTP_SINK_DIR, listening on SMTP_SINK_PORT (e2e/global-setup.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1:`port` (plain SMTP, no STARTTLS, no login needed) and calls `onMail` with
 * each message's raw text and its envelope recipients.
 */
export function startSmtpSink(
  port: number,
  onMail: (raw: Buffer, recipients: string[]) => void,
): Promise<SmtpSink> {
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        onMail(
          Buffer.concat(chunks),
          session.envelope.rcptTo.map((r) => r.address),
        );
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}

// Run as a process: `tsx tests/support/smtp-sink.ts` with SMTP_SINK_PORT and SMTP_SINK_DIR.
if (process.env.SMTP_SINK_DIR && process.argv[1]?.endsWith("smtp-sink.ts")) {
  const dir = process.env.SMTP_SINK_DIR;
  const port = Number(process.env.SMTP_SINK_PORT);
  mkdirSync(dir, { recursive: true });
  let n = 0;
  void startSmtpSink(port, (raw) => {
    n += 1;
    // Named so that a directory listing sorts by arrival.
    const name = `${String(Date.now()).padStart(15, "0")}-${String(n).padStart(6, "0")}.eml`;
    writeFileSync(path.join(dir, `${name}.tmp`), raw);
    writeFileSync(path.join(dir, name), raw);
  }).then(() => console.log(`smtp-sink listening on ${port}, writing to ${dir}`));
}
