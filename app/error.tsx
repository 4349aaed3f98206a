"use client";

import { useEffect, useState } from "react";
import { errorWords, type ErrorWords } from "./_lib/error-words";

/**
 * Never a raw error page: something unexpected failed, the shopper can try again. Its words come
 * from the server in the shopper's language (a client component carries no catalogue); until they
 * arrive, or if they cannot, the card still offers the way to try again.
 */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const [words, setWords] = useState<ErrorWords | null>(null);
  useEffect(() => {
    errorWords().then(setWords, () => undefined);
  }, []);
  return (
    <div className="card stack" role="alert" aria-busy={words === null || undefined}>
      {words && (
        <>
          <h1>{words.title}</h1>
          <p className="muted">{words.text}</p>
        </>
      )}
      <p>
        <button className="button" type="button" onClick={() => reset()}>
          {words?.retry ?? "↻"}
        </button>
      </p>
    </div>
  );
}
