"use client";

import { useErrorWords } from "./_components/error-words";

/**
 * Never a raw error page: something unexpected failed, the shopper can try again. Its words, in
 * the shopper's language, come from the root layout (ErrorWordsProvider).
 */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { title, text, retry } = useErrorWords();
  return (
    <div className="card stack" role="alert">
      <h1>{title}</h1>
      <p className="muted">{text}</p>
      <p>
        <button className="button" type="button" onClick={() => reset()}>
          {retry}
        </button>
      </p>
    </div>
  );
}
