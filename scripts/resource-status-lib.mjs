// Builds src/core/resourceStatus.generated.ts from data/resource-status.json (used by
// generate-error-codes.mjs; kept separate so tests can read the same facts).

const FIELDS = { provisioning_status: 'provisioning', operating_status: 'operating' };
const SEVERITIES = new Set(['success', 'info', 'warning', 'error']);

/**
 * The facts file's `values` as rows [api, field, value, severity, transitional, locked, aliasOf]
 * (0/1 for the booleans; the resource lists stay in the facts file). Throws on anything the library cannot represent,
 * so a changed facts file fails the generator instead of shipping a silent gap.
 */
export function buildResourceStatusRows(facts) {
  if (!facts || !Array.isArray(facts.values)) throw new Error('resource-status.json: no "values" array');
  return facts.values.map((v, i) => {
    const field = FIELDS[v.field];
    if (!field) throw new Error(`values[${i}]: unknown field ${v.field}`);
    if (!SEVERITIES.has(v.suggested_severity)) throw new Error(`values[${i}]: unknown severity ${v.suggested_severity}`);
    if (typeof v.value !== 'string' || v.value !== v.value.trim().toUpperCase()) throw new Error(`values[${i}]: value must be upper-case`);
    return [v.api, field, v.value, v.suggested_severity, v.transitional ? 1 : 0, v.locked ? 1 : 0, v.alias_of ?? ''];
  });
}

/** The reason codes of a member's failed health check, in the facts file's order. */
export function buildReasonCodes(facts) {
  return (facts.member_reason_codes ?? []).map((r) => r.code);
}

export function resourceStatusModule(facts, header) {
  const rows = buildResourceStatusRows(facts);
  return (
    header +
    `/** [api, field, value, severity, transitional, locked, aliasOf] per value of the facts file, in its order. */\n` +
    `export type ResourceStatusRow = readonly [string, 'provisioning' | 'operating', string, 'success' | 'info' | 'warning' | 'error', 0 | 1, 0 | 1, string];\n\n` +
    `export const RESOURCE_STATUS_ROWS: readonly ResourceStatusRow[] = [\n` +
    rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') +
    `\n];\n\n` +
    `/** Reason codes of a member's failed health check (MemberHealthCheckFailedReason). */\n` +
    `export const MEMBER_REASON_CODES: readonly string[] = ${JSON.stringify(buildReasonCodes(facts))};\n`
  );
}
