import type { ErrorCategory } from '../core/types.js';
import { ERROR_CODE_ROWS } from './errorCodes.generated.js';
import type { ErrorCodeInfo, ErrorCodeRow } from './types.js';

export type { ErrorCodeFamily, ErrorCodeInfo, ErrorCodeRow } from './types.js';
export { ERROR_CODE_ROWS };

let index: Map<string, ErrorCodeRow[]> | null = null;

function rowsFor(code: string): ErrorCodeRow[] | undefined {
  if (!index) {
    index = new Map();
    for (const row of ERROR_CODE_ROWS) {
      const key = row[0].toUpperCase();
      const list = index.get(key);
      if (list) list.push(row);
      else index.set(key, [row]);
    }
  }
  return index.get(code.trim().toUpperCase());
}

/**
 * Looks a published error code up (case-insensitive). With `status`, the row published with
 * that status decides the category; the status is never inferred from the code.
 */
export function getErrorCodeInfo(code: string | null | undefined, status?: number | null): ErrorCodeInfo | null {
  if (typeof code !== 'string' || !code) return null;
  const rows = rowsFor(code);
  if (!rows) return null;
  const preferred = (status != null && rows.find((r) => r[1] === status)) || rows[0]!;
  const uniq = <T,>(values: T[]) => [...new Set(values)];
  return {
    code: preferred[0],
    statuses: uniq(rows.map((r) => r[1])),
    category: preferred[2],
    families: uniq(rows.map((r) => r[3])),
    messages: uniq(rows.map((r) => r[4]).filter(Boolean)),
  };
}

/** A category lookup to hand to `ElbUiProvider`'s `errorCodes` (or `toElbError`'s options). */
export function categoryOfCode(code: string, status: number | null): ErrorCategory | null {
  return getErrorCodeInfo(code, status)?.category ?? null;
}
