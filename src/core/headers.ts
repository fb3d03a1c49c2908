/** Most header entries looked at in a plain object, array or Map (real responses carry a few dozen). */
export const MAX_HEADER_ENTRIES = 10_000;

const tag = (value: object) => Object.prototype.toString.call(value);

/** The first value of a header entry, as text; `null` for anything else. */
function valueOf(raw: unknown): string | null {
  const value: unknown = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/**
 * A case-insensitive reader over whatever a client hands over: a fetch `Headers`, axios'
 * `AxiosHeaders`, a plain object, a `Map`, an array of pairs. Built in one pass (of at most
 * `MAX_HEADER_ENTRIES` entries); each read is then O(1). First value wins; never throws.
 */
export function readHeaders(headers: unknown): (name: string) => string | null {
  const none = () => null;
  try {
    if (!headers || typeof headers !== 'object') return none;
    const get = (headers as { get?: unknown }).get;
    // A fetch Headers (or look-alike) answers each name itself. AxiosHeaders also has `get`, but it
    // searches every key on each call: it is read like the plain object it is.
    if (typeof get === 'function' && !Array.isArray(headers) && tag(headers) !== '[object Map]' && tag(headers) !== '[object AxiosHeaders]') {
      return (name) => {
        try {
          return valueOf(get.call(headers, name));
        } catch {
          return null;
        }
      };
    }
    const map = new Map<string, string>();
    const add = (key: unknown, raw: unknown) => {
      const name = String(key).toLowerCase();
      const value = map.has(name) ? null : valueOf(raw);
      if (value != null) map.set(name, value);
    };
    let seen = 0;
    if (Array.isArray(headers) || tag(headers) === '[object Map]') {
      for (const pair of headers as Iterable<unknown>) {
        if (++seen > MAX_HEADER_ENTRIES) break;
        if (Array.isArray(pair)) add(pair[0], pair[1]);
      }
    } else {
      const keys = Object.getOwnPropertyNames(headers);
      for (let i = 0; i < keys.length && i < MAX_HEADER_ENTRIES; i++) add(keys[i], (headers as Record<string, unknown>)[keys[i]!]);
    }
    return (name) => map.get(name.toLowerCase()) ?? null;
  } catch {
    /* a hostile headers object: treat as absent */
    return none;
  }
}

/**
 * Reads one header from whatever a client hands over (see `readHeaders`). Case-insensitive;
 * never throws; first value wins. To read several, build one `readHeaders` reader.
 */
export function getHeader(headers: unknown, name: string): string | null {
  return readHeaders(headers)(name);
}
