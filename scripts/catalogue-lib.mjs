// Parsing and classification used by generate-error-codes.mjs (kept separate so tests can use it).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The runtime's table of what a message says (lock, frozen, quota, conflict): one table for both.
const tablePath = resolve(dirname(fileURLToPath(import.meta.url)), '../src/core/messagePatterns.json');
const table = JSON.parse(readFileSync(tablePath, 'utf8'));
const PATTERN = Object.fromEntries(['lock', 'frozen', 'quota', 'conflict'].map((name) => [name, new RegExp(table[name], 'i')]));

/**
 * Parses the RST status tables (a simple table and a grid table) into
 * [{ status, message, descriptions }], continuation rows appended to the previous code.
 */
export function parseStatusTable(rst) {
  const rows = [];
  const lines = rst.split(/\r?\n/);
  let simpleColumns = null; // [start, end] pairs of a simple table
  let simpleBorders = 0;
  for (const line of lines) {
    const body = line.replace(/^ {3}/, '');
    if (/^=+( +=+)+\s*$/.test(body)) {
      simpleBorders += 1;
      if (!simpleColumns) {
        simpleColumns = [];
        const re = /=+/g;
        let m;
        while ((m = re.exec(body))) simpleColumns.push([m.index, m.index + m[0].length]);
      }
      if (simpleBorders === 3) {
        simpleColumns = null;
        simpleBorders = 0;
      }
      continue;
    }
    if (simpleColumns && simpleBorders === 2 && body.trim()) {
      const cells = simpleColumns.map(([s], i) => {
        const end = i + 1 < simpleColumns.length ? simpleColumns[i + 1][0] : undefined;
        return body.slice(s, end).trim();
      });
      addRow(rows, cells);
      continue;
    }
    if (body.startsWith('|')) {
      const cells = body.split('|').slice(1, -1).map((c) => c.trim());
      if (cells.length === 3 && cells[0] !== 'Status Code') addRow(rows, cells);
    }
  }
  return rows;
}

function addRow(rows, [code, message, description]) {
  if (code) {
    if (!/^\d{3}$/.test(code)) return; // header row of the simple table
    rows.push({ status: Number(code), message, descriptions: description ? [description] : [] });
  } else if (rows.length && description) {
    rows[rows.length - 1].descriptions.push(description);
  }
}

/**
 * The category of one published error row, from its status and message. The order of the
 * checks matters: a quota message on a 403 is a quota problem, not a permission problem.
 */
export function categorize(status, message) {
  const m = (message ?? '').toLowerCase();
  if (status === 429 || /throttl|flow control|too many requests/.test(m)) return 'throttled';
  // In a published row "larger than" / "more than" name a quota; in free text usually a too-long field.
  if (PATTERN.quota.test(m) || /larger than|more than/.test(m)) return 'quota';
  if (PATTERN.lock.test(m) || PATTERN.frozen.test(m)) return 'locked';
  if (PATTERN.conflict.test(m) || /conflict/.test(m)) return 'conflict';
  // What the message says decides first; the status only when the message says nothing known.
  if (/not support|unsupported|not implemented/.test(m)) return 'unsupported';
  // A gateway's "backend does not exist" on a 5xx is the service's fault, not a missing resource.
  if (status >= 500 && status < 600) return 'server';
  if (/token|authenticat|credential|appkey|secretkey|app key|signature/.test(m)) return 'auth';
  if (/not (be )?(allowed|authorized|permitted)|permission|forbidden|denied|policy doesn't allow|is not obtained|not trusted/.test(m))
    return 'permission';
  if (/not (be )?found|does not exist|doesn't exist|not exist|no such|cannot be found|could not be found|can not find|find .* failed/.test(m))
    return 'not-found';
  if (status === 401) return 'auth';
  if (status === 403) return 'permission';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (/internal|unexpected|system error|server error|failed to (load|obtain)/.test(m)) return 'server';
  // "Creating the EIP failed." on a 400: a dependent service failed, not the caller's input.
  if (!/invalid|param|not valid|null|empty|too long|length|must|format|illegal|not uuid/.test(m) && /\b(failed|error)\b/.test(m))
    return 'server';
  return 'invalid-input';
}

/** One compact row per published (code, status, message, family). Rows without a code are dropped. */
export function buildCatalogue(rows) {
  const out = [];
  const seen = new Set();
  for (const r of rows) {
    if (!r.code) continue;
    // The category comes from the current wording; older wordings are kept as extra rows.
    const category = categorize(r.status, r.message ?? '');
    for (const message of [r.message ?? '', ...(r.message_variants ?? [])]) {
      const key = `${r.code}|${r.status}|${message}|${r.family}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push([r.code, r.status, category, r.family, message]);
    }
  }
  return out;
}
