/** Longest server message kept, in characters. */
export const MAX_SERVER_MESSAGE = 1000;
/** Longest request id kept. */
export const MAX_REQUEST_ID = 128;
/** Longest error code kept. */
export const MAX_CODE = 64;

/**
 * Turns untrusted text into one bounded plain-text string: control characters removed, white
 * space folded, trimmed, cut at `max` characters (without splitting a surrogate pair).
 * Returns `null` for anything that is not a non-empty string afterwards.
 */
export function cleanText(value: unknown, max = MAX_SERVER_MESSAGE): string | null {
  if (typeof value !== 'string') return null;
  // Only look at a bounded prefix: a multi-megabyte string must not cost a full scan.
  let text = value.slice(0, max * 4);
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\0-\b\v\f\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  text = text.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  // Cut without splitting a surrogate pair.
  return text.length > max ? text.slice(0, max - 1).replace(/[\ud800-\udbff]$/, '').trimEnd() + '…' : text;
}

/** A short identifier (code, request id): printable, no spaces, bounded; masked values count as absent. */
export function cleanId(value: unknown, max: number): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  const text = cleanText(value, max);
  if (!text || /^([*x?-]+|null|undefined|none)$/i.test(text)) return null;
  return text;
}

/** Does the (trimmed) text look like an HTML (or XML) document rather than a message? */
export function looksLikeMarkup(text: string): boolean {
  return /^<[a-z!?/][\s\S]*>/i.test(text.slice(0, 2000));
}

/** Names of query parameters that carry secrets, compared lower-cased and without '-' and '_'. */
const SECRET_PARAM = /token$|^x(amz|obs)|^((api|access|secret(access)?|private)?key(id)?|\w*secret|passw(or)?d|pwd|sig(nature)?|xsdkdate|auth(orization)?|credentials?|code|ak|sk)$/;

/** Token-like query value: long runs of base64/hex, JWTs, Keystone tokens (MII...). */
function looksLikeToken(value: string): boolean {
  return /^eyJ[\w-]+\.[\w-]+/.test(value) || /^MII[\w+/=-]{20,}/.test(value) || /^[A-Za-z0-9+/_=-]{48,}$/.test(value);
}

/** decodeURIComponent that keeps malformed text as it is. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Removes credentials from a URL: user info, path segments that are tokens, and the values of query
 * parameters or fragment parameters whose names or values look like secrets. Keeps the rest readable. Never throws.
 */
export function redactUrl(value: unknown): string | null {
  if (typeof value !== 'string' && !(typeof URL !== 'undefined' && value instanceof URL)) return null;
  const raw = cleanText(String(value), 2048);
  // Work on the string itself (relative URLs have no base; URL() would reject or rewrite them).
  return raw
    ? raw
        .replace(/^([a-z][a-z\d+.-]*:)?(\/\/)?[^/?#]*@/i, '$1$2[redacted]@')
        // A token as a path segment (a JWT, a Keystone PKI token), as some proxies and gateways put it.
        .replace(/\/(eyJ[\w-]*\.[\w.-]+|MII[\w%+=-]{20,})/g, '/[redacted]')
        .replace(/([?&#])([^=&#]*)=([^&#]*)/g, (pair, lead: string, name: string, text: string) =>
          SECRET_PARAM.test(decode(name).toLowerCase().replace(/[-_]/g, '')) || looksLikeToken(decode(text)) ? `${lead}${name}=[redacted]` : pair,
        )
    : null;
}
