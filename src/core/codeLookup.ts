import type { ErrorCodeLookup } from './category.js';
import type { ErrorCategory } from './types.js';

/**
 * The error-code catalogue as data, for places that cannot pass a function (a Server Component
 * rendering `<ElbUiProvider>`): rows `[code, status, category, ...]` such as `ERROR_CODE_ROWS`
 * from `elb-status-ui/error-codes`, or a record `{ 'ELB.1003': 'not-found' }`.
 */
export type ErrorCodeTable = ReadonlyArray<readonly [string, number, ErrorCategory, ...unknown[]]> | Readonly<Record<string, ErrorCategory>>;

const CATEGORIES: readonly unknown[] = ['invalid-input', 'not-found', 'quota', 'conflict', 'locked', 'auth', 'permission', 'throttled', 'unsupported', 'server'];
/** More rows than the published catalogue has many times over: a bound on what one provider indexes. */
const MAX_ENTRIES = 20_000;

/**
 * A category lookup from a function (returned as it is) or from catalogue data (indexed once;
 * codes compared case-insensitively; with a status, the row published with it decides). Entries
 * with an unknown category are skipped. `undefined` for anything else.
 */
export function toCodeLookup(source: ErrorCodeLookup | ErrorCodeTable | null | undefined): ErrorCodeLookup | undefined {
  if (typeof source === 'function') return source;
  if (typeof source !== 'object' || source === null) return undefined;
  const index = new Map<string, Array<[number | null, ErrorCategory]>>();
  const add = (code: unknown, status: unknown, category: unknown) => {
    if (typeof code !== 'string' || !CATEGORIES.includes(category) || index.size >= MAX_ENTRIES) return;
    const key = code.trim().toUpperCase();
    const rows = index.get(key) ?? [];
    if (rows.length < 16) rows.push([typeof status === 'number' ? status : null, category as ErrorCategory]);
    index.set(key, rows);
  };
  try {
    if (Array.isArray(source)) {
      for (const row of source.slice(0, MAX_ENTRIES)) if (Array.isArray(row)) add(row[0], row[1], row[2]);
    } else {
      for (const [code, category] of Object.entries(source).slice(0, MAX_ENTRIES)) add(code, null, category);
    }
  } catch {
    /* hostile data: use what was read */
  }
  return (code, status) => {
    const rows = index.get(String(code).trim().toUpperCase());
    if (!rows) return null;
    return (rows.find(([s]) => s != null && s === status) ?? rows[0]!)[1];
  };
}
