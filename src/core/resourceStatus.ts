import type { Severity } from './types.js';
import { INVISIBLE } from './invisible.js';
import { skipLeadingSpace } from './leadingSpace.js';
import type { MessageKey } from './messages/en.js';
import type { Translate } from './messages/translate.js';
import { enResourceBase } from './messages/en-resource-base.js';
import { enResource } from './messages/en-resource.js';
import { MEMBER_REASON_CODES, RESOURCE_STATUS_ROWS, type ResourceStatusRow } from './resourceStatus.generated.js';

/** Which of a resource's two status fields a value comes from. */
export type ResourceStatusField = 'provisioning' | 'operating';
/** The resource types of a load balancer's configuration. */
export type ElbResourceType = 'loadbalancer' | 'listener' | 'pool' | 'member' | 'healthmonitor' | 'l7policy' | 'l7rule';
/** `elb-v3`: dedicated (Huawei Cloud, Open Telekom Cloud); `elb-v2`: shared; `octavia-v2`: OpenStack Octavia. */
export type ElbApi = 'elb-v3' | 'elb-v2' | 'octavia-v2';

/** One value of `provisioning_status` or `operating_status`, classified. */
export interface ResourceStatusInfo {
  /** The value as sent, trimmed and upper-case (`'pending_update'` -> `'PENDING_UPDATE'`; `DISABLE` -> `DISABLED`). */
  value: string;
  field: ResourceStatusField;
  severity: Severity;
  /** An operation is running (PENDING_*, a first health check): the value changes by itself soon. */
  transitional: boolean;
  /** The value is in the vocabulary (of any of the three APIs). */
  documented: boolean;
}

export interface ResourceStatusOptions {
  /** Whose vocabulary decides. @defaultValue 'elb-v3' (in React: the provider's `api`) */
  api?: ElbApi | undefined;
  /** The resource the value belongs to (a DISABLED member is a warning, a DISABLED listener is not). */
  resource?: ElbResourceType | undefined;
  /** The resource's `admin_state_up`: tells Octavia's "disabled" OFFLINE from "not reporting". */
  adminStateUp?: boolean | undefined;
}

/** Status values longer than this are cut (they are shown verbatim when undocumented). */
export const MAX_RESOURCE_STATUS_LENGTH = 64;

const APIS: readonly ElbApi[] = ['elb-v3', 'elb-v2', 'octavia-v2'];
/** Where a value is looked up when the chosen API does not document it: the closest API first. */
const FALLBACK: Record<ElbApi, readonly ElbApi[]> = {
  'elb-v3': ['elb-v3', 'elb-v2', 'octavia-v2'],
  'elb-v2': ['elb-v2', 'elb-v3', 'octavia-v2'],
  'octavia-v2': ['octavia-v2', 'elb-v2', 'elb-v3'],
};

const rows = new Map<string, ResourceStatusRow>();
for (const row of RESOURCE_STATUS_ROWS) rows.set(`${row[0]} ${row[1]} ${row[2]}`, row);

/** Is `value` one of the three API names? */
export function isElbApi(value: unknown): value is ElbApi {
  return typeof value === 'string' && (APIS as readonly string[]).includes(value);
}


/**
 * A status is one word; a hostile body's may hold anything, and it is shown as sent, except what looks like a
 * credential: a word of 16 or more characters mixing letters and digits (a token, a JWT's part). The full
 * redaction table (`redactText`) stays out of the badge's bundle.
 */
function withoutTokens(text: string): string {
  return text.replace(/[\w+/=~-]{16,}/g, (word) => (/\d/.test(word) && /[a-z]/i.test(word) ? '[redacted]' : word));
}

function normalise(value: unknown): string {
  let text = '';
  try {
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  } catch {
    text = '';
  }
  // What the APIs send (ACTIVE, PENDING_UPDATE): nothing to clean. This is the path of every badge in a table.
  if (/^[A-Z_]{1,64}$/.test(text)) return text === 'DISABLE' ? 'DISABLED' : text;
  // Leading padding skipped (bounded), then cut, then trimmed: a megabyte of text costs no more than a
  // short one, and a value after a long run of white space is still read.
  text = skipLeadingSpace(text).slice(0, MAX_RESOURCE_STATUS_LENGTH * 4).replace(INVISIBLE, '').trim();
  text = withoutTokens(text).toUpperCase();
  if (text.length > MAX_RESOURCE_STATUS_LENGTH) text = `${text.slice(0, MAX_RESOURCE_STATUS_LENGTH - 1)}…`;
  return text === 'DISABLE' ? 'DISABLED' : text;
}

/** The classification with the keys of its texts: what the badge and the tree render from. */
export interface ResolvedResourceStatus {
  info: ResourceStatusInfo;
  /** The API whose facts apply (`null` for an undocumented value). */
  api: ElbApi | null;
  /** Message keys of the label, the short form after an operating status, and the description. */
  labelKey: MessageKey | null;
  shortKey: MessageKey | null;
  descriptionKey: MessageKey | null;
}

const cache = new Map<string, ResolvedResourceStatus>();

/**
 * Classifies a status value for one API, resource type and admin state. Never throws: anything that
 * is not a string (objects, symbols, `null`) reads as an empty, undocumented value.
 */
export function resolveResourceStatus(value: unknown, field: ResourceStatusField, options?: ResourceStatusOptions | null): ResolvedResourceStatus {
  const f: ResourceStatusField = field === 'provisioning' ? 'provisioning' : 'operating';
  let api: ElbApi = 'elb-v3';
  let resource: unknown;
  let adminStateUp: unknown;
  try {
    if (options && typeof options === 'object') {
      if (isElbApi(options.api)) api = options.api;
      resource = options.resource;
      adminStateUp = options.adminStateUp;
    }
  } catch {
    /* a hostile options object counts as none */
  }
  const v = normalise(value);
  const admin = adminStateUp === true ? 1 : adminStateUp === false ? 0 : 2;
  const member = resource === 'member' ? 1 : 0;
  const key = `${api} ${f} ${v} ${admin}${member}`;
  let found = cache.get(key);
  if (!found) {
    found = compute(v, f, api, admin, member === 1);
    if (cache.size < 2000) cache.set(key, found);
  }
  return found;
}

function compute(v: string, field: ResourceStatusField, api: ElbApi, admin: number, member: boolean): ResolvedResourceStatus {
  let row: ResourceStatusRow | undefined;
  for (const candidate of FALLBACK[api]) {
    row = rows.get(`${candidate} ${field} ${v}`);
    if (row) break;
  }
  if (!row) {
    const info = Object.freeze({ value: v, field, severity: 'info' as Severity, transitional: false, documented: false });
    return { info, api: null, labelKey: null, shortKey: null, descriptionKey: null };
  }
  const rowApi = row[0] as ElbApi;
  let severity = row[3];
  let label = v;
  let description = `${rowApi}.${field}.${v}`;
  if (field === 'operating') {
    if (rowApi === 'octavia-v2' && v === 'OFFLINE' && admin !== 2) {
      // Octavia's OFFLINE is "administratively disabled" by definition, and "not reported" in practice.
      severity = admin === 0 ? 'info' : 'warning';
      label = admin === 0 ? 'DISABLED' : 'NOT_REPORTING';
      description += admin === 0 ? '.disabled' : '.notReporting';
    } else if (rowApi !== 'octavia-v2' && (v === 'DISABLED' || (v === 'OFFLINE' && admin === 0))) {
      // ELB shows an admin-down OFFLINE member as DISABLED; a member's admin state mirrors whether its
      // server exists, so a disabled member is a warning (the facts file suggests it), not information.
      const disabled = rows.get(`${rowApi} operating DISABLED`) ?? rows.get('elb-v3 operating DISABLED');
      severity = member ? 'warning' : (disabled?.[3] ?? 'info');
      label = 'DISABLED';
      description = `${disabled ? rowApi : 'elb-v3'}.operating.DISABLED${member ? '.member' : ''}`;
    }
  }
  const info = Object.freeze({ value: v, field, severity, transitional: row[4] === 1, documented: true });
  return {
    info,
    api: rowApi,
    labelKey: `rs.label.${field}.${label}` as MessageKey,
    shortKey: field === 'provisioning' ? (`rs.short.${v}` as MessageKey) : null,
    descriptionKey: `rs.desc.${description}` as MessageKey,
  };
}

/**
 * Severity, transitional state and documentation of one status value. `api` (default `'elb-v3'`),
 * `resource` and `adminStateUp` decide where the APIs disagree (see the README's table). Never throws.
 */
export function getResourceStatusInfo(value: unknown, field: ResourceStatusField, options?: ResourceStatusOptions): ResourceStatusInfo {
  return resolveResourceStatus(value, field, options).info;
}

/**
 * Every value of the vocabulary, once per field: provisioning first, in the facts file's order. Severity
 * and `transitional` are those of the first API that documents the value, in the order elb-v3, elb-v2,
 * octavia-v2 (OFFLINE is therefore ELB's `error`; Octavia's is `info`, see `getResourceStatusInfo`).
 */
export const ELB_RESOURCE_STATUSES: readonly ResourceStatusInfo[] = Object.freeze(
  (['provisioning', 'operating'] as const).flatMap((field) => {
    const seen = new Set<string>();
    const out: ResourceStatusInfo[] = [];
    for (const row of RESOURCE_STATUS_ROWS) {
      if (row[1] !== field || row[6] || seen.has(row[2])) continue;
      seen.add(row[2]);
      out.push(getResourceStatusInfo(row[2], field));
    }
    return out;
  }),
);

let englishTexts: Partial<Record<MessageKey, string>> | null = null;
const withEnglishCache = new WeakMap<Translate, Translate>();

/**
 * `t` with the English texts of the resource status vocabulary behind it: translators made with
 * `createTranslator` carry the other English texts only, so a key `t` has no text for is read here.
 */
export function withResourceStatusEnglish(t: Translate): Translate {
  let wrapped = withEnglishCache.get(t);
  if (!wrapped) {
    wrapped = (key, vars) => {
      const own = t(key, vars);
      if (own) return own;
      englishTexts ??= { ...enResourceBase, ...enResource };
      const template = englishTexts[key] ?? '';
      return vars ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
    };
    withEnglishCache.set(t, wrapped);
  }
  return wrapped;
}

/** The texts of one status value in the translator's language. */
export interface ResourceStatusText {
  info: ResourceStatusInfo;
  /** "Updating"; the value itself when undocumented. */
  label: string;
  /** What the value means for this API and resource. */
  description: string;
}

/** Label and description of a status value (`t` from `createTranslator` or the provider). Never throws. */
export function describeResourceStatus(
  value: unknown,
  field: ResourceStatusField,
  options: ResourceStatusOptions | undefined,
  translate: Translate,
): ResourceStatusText {
  const t = withResourceStatusEnglish(translate);
  const r = resolveResourceStatus(value, field, options);
  return {
    info: r.info,
    label: (r.labelKey && t(r.labelKey)) || r.info.value,
    description: (r.descriptionKey && t(r.descriptionKey)) || t('rs.undocumented'),
  };
}

/** A member's health-check failure (`status[].reason` or `reason`), as far as it could be read. */
export interface MemberReason {
  code: string;
  expected: string | null;
  received: string | null;
}

const MAX_REASON_TEXT = 64;
function boundedText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = withoutTokens(value.slice(0, MAX_REASON_TEXT * 4).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim());
  return text ? (text.length > MAX_REASON_TEXT ? `${text.slice(0, MAX_REASON_TEXT - 1)}…` : text) : null;
}

/** Reads `{ reason_code, expected_response, healthcheck_response }` or a bare code. Never throws. */
export function readMemberReason(reason: unknown): MemberReason | null {
  try {
    if (typeof reason === 'string') {
      const code = boundedText(reason);
      return code ? { code: code.toUpperCase(), expected: null, received: null } : null;
    }
    if (!reason || typeof reason !== 'object') return null;
    const r = reason as Record<string, unknown>;
    const code = boundedText(r.reason_code ?? r.reasonCode ?? r.code);
    if (!code) return null;
    return {
      code: code.toUpperCase(),
      expected: boundedText(r.expected_response ?? r.expectedResponse),
      received: boundedText(r.healthcheck_response ?? r.healthcheckResponse),
    };
  } catch {
    return null;
  }
}

/** The human explanation of a member's health-check failure, with the codes when the reply mismatched. Never throws. */
export function describeMemberReason(reason: unknown, t: Translate): string | null {
  return memberReasonText(reason, withResourceStatusEnglish(t));
}

/** describeMemberReason with a translator that has every text (no English fallback of its own). */
export function memberReasonText(reason: unknown, t: Translate): string | null {
  const r = readMemberReason(reason);
  if (!r) return null;
  const known = MEMBER_REASON_CODES.includes(r.code);
  let text = known ? t(`rs.reason.${r.code}` as MessageKey) : t('rs.reason.other', { code: r.code });
  if (r.expected || r.received) text += ` ${t('rs.reason.codes', { expected: r.expected ?? '?', received: r.received ?? '?' })}`;
  return text;
}

export { MEMBER_REASON_CODES };
