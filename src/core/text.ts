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
  let text = value.length > max * 4 ? value.slice(0, max * 4) : value;
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\0-\b\v\f\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  text = text.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  if (text.length > max) {
    let cut = max - 1;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    text = text.slice(0, cut).trimEnd() + '…';
  }
  return text;
}

/** A short identifier (code, request id): printable, no spaces, bounded; masked values count as absent. */
export function cleanId(value: unknown, max: number): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  const text = cleanText(value, max);
  if (!text || /^[*xX?-]+$/.test(text) || /^(null|undefined|none)$/i.test(text)) return null;
  return text;
}

/** Does the text look like an HTML (or XML) document rather than a message? */
export function looksLikeMarkup(text: string): boolean {
  return /^\s*</.test(text) && /<\/?[a-z!?][\s\S]*>/i.test(text.slice(0, 2000));
}

/** Names of query parameters that carry secrets, compared lower-cased and without '-' and '_'. */
const SECRET_PARAM =
  /^(x?(auth|subject|security|access|id|refresh|session)?token|xamz(securitytoken|signature|credential)|(api)?key|(client)?secret|passw(or)?d|pwd|sig(nature)?|xsdkdate|auth(orization)?|credentials?|code|ak|sk)$/;

/** Token-like query value: long runs of base64/hex, JWTs, Keystone tokens (MII...). */
function looksLikeToken(value: string): boolean {
  return /^eyJ[\w-]+\.[\w-]+/.test(value) || /^MII[\w+/=-]{20,}/.test(value) || /^[A-Za-z0-9+/_=-]{48,}$/.test(value);
}

/**
 * Removes credentials from a URL: user info, and the values of query parameters or fragment
 * parameters whose names or values look like secrets. Keeps the rest readable. Never throws.
 */
export function redactUrl(value: unknown): string | null {
  if (typeof value !== 'string' && !(typeof URL !== 'undefined' && value instanceof URL)) return null;
  const raw = cleanText(String(value), 2048);
  if (!raw) return null;
  // Work on the string itself (relative URLs have no base; URL() would reject or rewrite them).
  const match = /^([a-z][a-z0-9+.-]*:\/\/)?([^/?#]*@)?([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(raw);
  if (!match) return '[redacted]';
  const [, scheme = '', userInfo = '', path = '', query = '', fragment = ''] = match;
  const redactParams = (part: string, lead: string) =>
    lead +
    part
      .slice(1)
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq < 0) return pair;
        const name = pair.slice(0, eq);
        let decodedName = name;
        let decodedValue = pair.slice(eq + 1);
        try {
          decodedName = decodeURIComponent(name);
          decodedValue = decodeURIComponent(decodedValue);
        } catch {
          /* keep the raw text */
        }
        return SECRET_PARAM.test(decodedName.toLowerCase().replace(/[-_]/g, '')) || looksLikeToken(decodedValue) ? `${name}=[redacted]` : pair;
      })
      .join('&');
  return (
    scheme +
    (userInfo ? '[redacted]@' : '') +
    path +
    (query ? redactParams(query, '?') : '') +
    (fragment && fragment.includes('=') ? redactParams(fragment, '#') : fragment)
  );
}
