/**
 * Reads one header from whatever a client hands over: a fetch `Headers`, axios' `AxiosHeaders`
 * or a plain object, an array of pairs. Case-insensitive; never throws; first value wins.
 */
export function getHeader(headers: unknown, name: string): string | null {
  try {
    if (!headers || typeof headers !== 'object') return null;
    const h = headers as { get?: unknown };
    if (typeof h.get === 'function') {
      const value: unknown = (h.get as (n: string) => unknown).call(headers, name);
      if (typeof value === 'string') return value;
      if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
      return null;
    }
    const lower = name.toLowerCase();
    if (Array.isArray(headers)) {
      for (const pair of headers as unknown[]) {
        if (Array.isArray(pair) && String(pair[0]).toLowerCase() === lower && typeof pair[1] === 'string') return pair[1];
      }
      return null;
    }
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() !== lower) continue;
      const value: unknown = (headers as Record<string, unknown>)[key];
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return String(value);
      if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
    }
  } catch {
    /* a hostile headers object: treat as absent */
  }
  return null;
}
