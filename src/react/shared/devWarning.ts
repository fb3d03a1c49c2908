import { useEffect } from 'react';

// Bundlers replace process.env.NODE_ENV; in a plain browser `process` does not exist.
declare const process: { env?: { NODE_ENV?: string } } | undefined;

const warned = new Set<string>();

/** Logs a development warning once per message (never in production). */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  if (typeof process !== 'undefined' && process.env?.NODE_ENV === 'production') return;
  warned.add(message);
  console.warn(`elb-status-ui: ${message}`);
}

/** Warns about a misuse after the render that showed it (never during render), once per message. */
export function useDevWarning(message: string | null): void {
  useEffect(() => {
    if (message) warnOnce(message);
  }, [message]);
}
