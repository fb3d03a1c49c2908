// messagePatterns.json: what a server's message says about a failure, as case-insensitive regular
// expression sources. The one table for the runtime (here) and the catalogue generator
// (scripts/catalogue-lib.mjs reads the JSON).
import table from './messagePatterns.json';

/** What a server's message says: lock (busy with another operation), frozen, quota, lasting conflict. */
export const MESSAGE_PATTERNS = {
  lock: new RegExp(table.lock, 'i'),
  frozen: new RegExp(table.frozen, 'i'),
  quota: new RegExp(table.quota, 'i'),
  conflict: new RegExp(table.conflict, 'i'),
} as const;
