/**
 * What support asks for besides the failure itself: how long ago it happened, which project and
 * region the request went to, and where the ELB code is documented. Pure functions: they take
 * untrusted values, never throw, and every regular expression is bounded and linear.
 */
import { MAX_TIME } from './retryAfter.js';
import { MAX_URL } from './text.js';

/** The project and region a request URL names (`null` when it names none). */
export interface RequestScope {
  projectId: string | null;
  region: string | null;
}

/** Where an ELB code is documented: a function, or a template whose `{code}` is replaced (URL-encoded). */
export type DocsUrlSource = ((code: string) => string | null | undefined) | string;

const NO_SCOPE: RequestScope = Object.freeze({ projectId: null, region: null }) as RequestScope;

/** A versioned API root followed by a project segment: `/v3/{project_id}/`, `/v2/{project_id}/`, `/v1.0/{project_id}/` (`/v2.0/lbaas/…` names none). */
const VERSIONED = /(?:^|\/)v(?:1\.0|2\.0|1|2|3)\/([\w-]{1,64})(?=[/?#]|$)(\/[\w-]{1,16})?/g;
/** Keystone project ids: 32 hex digits, or a UUID. */
const PROJECT_ID = /^(?:[\da-f]{32}|[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12})$/i;
/** A region label: `eu-de`, `eu-ch2`, `cn-north-4`, `ap-southeast-1`. */
const REGION = /^[a-z]{2}(?:-[a-z\d]{1,20}){1,3}$/;
/** Two-letter region prefixes the public clouds use; other labels count only under a known cloud domain. */
const REGION_PREFIX = /^(?:af|ap|cn|eu|la|me|na|ru|sa|tr|us)-/;
const CLOUD_DOMAINS = ['.otc.t-systems.com', '.myhuaweicloud.com', '.myhuaweicloud.eu', '.huaweicloud.com'];

function hostAndPath(url: string): [host: string, path: string] {
  const scheme = url.indexOf('://');
  if (scheme < 0 || scheme > 32) return ['', url];
  const rest = url.slice(scheme + 3);
  let end = rest.length;
  for (const stop of ['/', '?', '#']) {
    const at = rest.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  let host = rest.slice(0, end);
  host = host.slice(host.lastIndexOf('@') + 1);
  if (host.startsWith('[')) return ['', rest.slice(end)]; // an IPv6 literal names no region
  const port = host.indexOf(':');
  if (port >= 0) host = host.slice(0, port);
  return [host.toLowerCase(), rest.slice(end)];
}

function regionOf(host: string): string | null {
  if (host.length > 253) return null;
  const labels = host.replace(/\.$/, '').split('.');
  if (labels.length < 3) return null;
  const label = labels[1]!;
  if (!REGION.test(label)) return null;
  return REGION_PREFIX.test(label) || CLOUD_DOMAINS.some((domain) => host.endsWith(domain)) ? label : null;
}

function projectOf(path: string): string | null {
  const query = path.search(/[?#]/);
  const bare = query >= 0 ? path.slice(0, query) : path;
  VERSIONED.lastIndex = 0;
  for (let match = VERSIONED.exec(bare), seen = 0; match && seen < 8; match = VERSIONED.exec(bare), seen++) {
    const [, segment = '', next = ''] = match;
    if (PROJECT_ID.test(segment)) return segment;
    // Any other word is a project only where an ELB path follows it: `/v3/{project_id}/elb/…`.
    if (/^\/elb(?:aas)?$/i.test(next) && !/^elb/i.test(segment)) return segment;
    VERSIONED.lastIndex = match.index + 1;
  }
  return null;
}

/**
 * The project id (`/v3/{project_id}/…`, `/v2/{project_id}/…`, `/v1.0/{project_id}/…`) and the region
 * (`elb.eu-de.otc.t-systems.com` → `eu-de`) a request URL names. Give it the already-redacted URL
 * (`error.url`). Anything else, or a URL naming neither, gives `null`s; never throws.
 */
export function requestScope(url: unknown): RequestScope {
  if (typeof url !== 'string' || !url) return NO_SCOPE;
  try {
    const [host, path] = hostAndPath(url.slice(0, MAX_URL));
    const projectId = projectOf(path);
    const region = host ? regionOf(host) : null;
    return projectId || region ? { projectId, region } : NO_SCOPE;
  } catch {
    return NO_SCOPE;
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;
/** The largest span two `Date`s can be apart, ms. */
const MAX_SPAN = 2 * MAX_TIME;

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';
const UNITS: ReadonlyArray<readonly [Unit, number, number]> = [
  // unit, its length, used below this age
  ['second', 1000, MINUTE],
  ['minute', MINUTE, HOUR],
  ['hour', HOUR, DAY],
  ['day', DAY, MONTH],
  ['month', MONTH, YEAR],
  ['year', YEAR, Infinity],
];

/** How long ago `time` was at `now`, ms: `null` for anything but two finite numbers; a future time counts as now. */
function ageOf(time: unknown, now: unknown): number | null {
  if (typeof time !== 'number' || typeof now !== 'number' || !Number.isFinite(time) || !Number.isFinite(now)) return null;
  return Math.min(MAX_SPAN, Math.max(0, now - time));
}

function unitOf(age: number): readonly [Unit, number, number] {
  return UNITS.find(([, , below]) => age < below) ?? UNITS[UNITS.length - 1]!;
}

// Making a formatter costs far more than using one (a panel renders its age every time it ticks).
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** One `Intl.RelativeTimeFormat` per locale tag (at most a few dozen kept); throws for an invalid tag. */
function relativeTimeFormat(tag: string): Intl.RelativeTimeFormat {
  let format = relativeTimeFormats.get(tag);
  if (!format) {
    format = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
    if (relativeTimeFormats.size < 32) relativeTimeFormats.set(tag, format);
  }
  return format;
}

/**
 * The age of a failure in words, in `locale` ("2 minutes ago", "vor 2 Minuten", "2分钟前"), with
 * `Intl.RelativeTimeFormat`. A time in the future (clock skew) reads as now; a time that is not a
 * finite number, or a runtime without `Intl.RelativeTimeFormat`, gives `''`. Never throws.
 */
export function formatAge(time: unknown, now: unknown, locale: string): string {
  const age = ageOf(time, now);
  if (age == null || typeof Intl === 'undefined' || typeof Intl.RelativeTimeFormat !== 'function') return '';
  const [unit, length] = unitOf(age);
  const amount = Math.floor(age / length);
  for (const tag of [locale, 'en']) {
    try {
      return relativeTimeFormat(tag).format(-amount, unit);
    } catch {
      /* an invalid tag: English */
    }
  }
  return '';
}

/**
 * Milliseconds until `formatAge(time, now)` can read differently: a second while it counts
 * seconds, until the next whole minute while it counts minutes, and so on. At least 1 s, at most a
 * day, so a clock that ticks by it stays cheap and timers stay in range; `null` when there is no age.
 */
export function nextAgeChange(time: unknown, now: unknown): number | null {
  const age = ageOf(time, now);
  if (age == null) return null;
  const [, length] = unitOf(age);
  return Math.min(DAY, Math.max(1000, length - (age % length)));
}

/** Is `url` an absolute http(s) URL without spaces or control characters? Returns it normalised, or `null`. */
function httpUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const text = url.trim();
  if (!text || text.length > MAX_URL || !/^https?:\/\/[^\s/?#]/i.test(text) || /[\s\p{Cc}]/u.test(text)) return null;
  try {
    const parsed = new URL(text);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The documentation link for an ELB code, from a function or a template (`"https://docs.example.com/errors#{code}"`,
 * the code URL-encoded). Only absolute http(s) URLs are returned: a `javascript:` URL, a function
 * that throws or returns something else, or no code give `null`.
 */
export function docsLink(source: DocsUrlSource | null | undefined, code: unknown): string | null {
  if (typeof code !== 'string' || !code || code.length > 256 || source == null) return null;
  try {
    if (typeof source === 'function') return httpUrl(source(code));
    if (typeof source === 'string') return httpUrl(source.split('{code}').join(encodeURIComponent(code)));
  } catch {
    /* a throwing function adds no link */
  }
  return null;
}
