"use client";

import { createContext, useContext, type ReactNode } from "react";

// The error page (app/error.tsx) is a client component that gets no props of its own to speak
// with: the root layout hands it its words, in the shopper's language, through this context (a few
// strings, not the messages bundle).

/** What the error page says: its heading, its reassurance and its retry button. */
export interface ErrorWords {
  title: string;
  text: string;
  retry: string;
}

const ErrorWordsContext = createContext<ErrorWords | null>(null);

/** Makes `words` the error page's words for everything below it (the root layout's children). */
export function ErrorWordsProvider({
  words,
  children,
}: {
  words: ErrorWords;
  children: ReactNode;
}) {
  return <ErrorWordsContext.Provider value={words}>{children}</ErrorWordsContext.Provider>;
}

/** The error page's words, from the nearest ErrorWordsProvider (the root layout always has one). */
export function useErrorWords(): ErrorWords {
  const words = useContext(ErrorWordsContext);
  if (!words) throw new Error("useErrorWords needs an ErrorWordsProvider above it");
  return words;
}
