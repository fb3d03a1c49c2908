/**
 * Reads one header from whatever a client hands over: a fetch `Headers`, axios' `AxiosHeaders`
 * or a plain object, an array of pairs. Case-insensitive; never throws; first value wins.
 */
export function getHeader(headers: unknown, name: string): string | null {
  try {
    if (!headers || typeof headers !== 'object') return null;
    const lower = name.toLowerCase();
    const get = (headers as { get?: unknown }).get;
    const pairs: unknown[] =
      typeof get === 'function' ? [[lower, get.call(headers, name)]] : Array.isArray(headers) ? headers : Object.entries(headers);
    for (const pair of pairs) {
      if (!Array.isArray(pair) || String(pair[0]).toLowerCase() !== lower) continue;
      const value: unknown = Array.isArray(pair[1]) ? pair[1][0] : pair[1];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  } catch {
    /* a hostile headers object: treat as absent */
  }
  return null;
}
