import { INVISIBLE } from './invisible.js';
import { redactText } from './redact.js';

/** Longest server message kept, in characters. */
export const MAX_SERVER_MESSAGE = 1000;
/** Longest request id kept. */
export const MAX_REQUEST_ID = 128;
/** Longest error code kept. */
export const MAX_CODE = 64;
/** Longest URL kept. */
export const MAX_URL = 2048;
/** Most combining marks kept on one character (more is "Zalgo" text that covers its neighbours). */
export const MAX_COMBINING_MARKS = 3;

/** A run of combining marks beyond the first few on one character. */
const MARK_RUN = new RegExp(`(\\p{M}{${MAX_COMBINING_MARKS}})\\p{M}+`, 'gu');
/**
 * What may end a token: a partial token at a cut is dropped rather than redacted by halves. White space
 * first (a URL is one word: cut at its "/", "https://admin:pw/x" loses the "@" that shows "pw" is a
 * password), then, in a window without any, these.
 */
const SEPARATOR = /[\s&?#;/=:@,"'<>()[\]{}]/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Turns untrusted text into one bounded plain-text string: invisible and control characters
 * removed, combining marks capped, white space folded, credentials redacted (`redactText`), and
 * only then cut at `max` characters (without splitting a surrogate pair). Returns `null` for
 * anything that is not a non-empty string afterwards. Linear in `max`, whatever the input's length.
 */
export function cleanText(value: unknown, max = MAX_SERVER_MESSAGE): string | null {
  if (typeof value !== 'string') return null;
  // Only look at a bounded prefix: a multi-megabyte string must not cost a full scan. A token cut by
  // the window is dropped whole, so that redaction never sees half a secret.
  const window = Math.max(max * 4, 8192);
  let text = value;
  const cut = text.length > window;
  if (cut) {
    text = text.slice(0, window);
    let end = text.search(/\s\S*$/) + 1;
    if (end <= 0) {
      end = text.length;
      while (end > 0 && !SEPARATOR.test(text[end - 1]!)) end--;
    }
    if (end > 0) text = text.slice(0, end);
  }
  // Printable ASCII (most messages) holds neither invisible characters nor combining marks.
  if (!PRINTABLE_ASCII.test(text)) text = text.replace(INVISIBLE, '').replace(MARK_RUN, '$1');
  text = redactText(text.replace(/\s+/g, ' ').trim());
  if (!text) return null;
  if (cut && text.length < max) text += '…';
  // Cut without splitting a surrogate pair.
  return text.length > max ? text.slice(0, max - 1).replace(/[\ud800-\udbff]$/, '').trimEnd() + '…' : text;
}

/**
 * A short identifier (code, request id): printable, one word (cut at white space), bounded;
 * masked values count as absent.
 */
export function cleanId(value: unknown, max: number): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  const text = cleanText(value, max)?.split(' ')[0];
  if (!text || /^([*x?-]+|null|undefined|none)$/i.test(text)) return null;
  return text;
}

/** An HTML or XML document (or a piece of one) inside a text: what a proxy's error page is made of. */
const DOCUMENT = /<(html|head|body|!doctype)\b|<\?xml/i;

/** Does the (trimmed) text look like an HTML (or XML) document rather than a message? */
export function looksLikeMarkup(text: string): boolean {
  const head = text.slice(0, 2000);
  return /^\s*<[a-z!?/][\s\S]*>/i.test(head) || DOCUMENT.test(head);
}

/**
 * A server's message as a person may see it: `cleanText`, and `null` when it carries an HTML or XML
 * document (`Gateway error <html>…`) or is mostly punctuation (`[[[[…`, `{"a":1}`) rather than
 * words. A tag inside a sentence is shown, as text.
 */
export function cleanMessage(value: unknown, max = MAX_SERVER_MESSAGE): string | null {
  const text = cleanText(value, max);
  if (!text || DOCUMENT.test(text)) return null;
  // Letters and digits against the rest (white space aside).
  const other = text.replace(/[\p{L}\p{N}\s]+/gu, '').length;
  const words = text.replace(/[^\p{L}\p{N}]+/gu, '').length;
  return words >= other ? text : null;
}

/**
 * Removes credentials from a URL (`redactText`: user info, tokens in path segments, secret query,
 * matrix and fragment parameters, token-like values) and bounds it, redacting before it cuts.
 * Keeps the rest readable: host, port, path, resource ids, `marker`, `limit`. Never throws.
 */
export function redactUrl(value: unknown): string | null {
  if (typeof value !== 'string' && !(typeof URL !== 'undefined' && value instanceof URL)) return null;
  return cleanText(String(value), MAX_URL);
}
