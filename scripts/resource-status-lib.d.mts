export type ResourceStatusRowJs = [string, 'provisioning' | 'operating', string, string, 0 | 1, 0 | 1, string];
export function buildResourceStatusRows(facts: unknown): ResourceStatusRowJs[];
export function buildReasonCodes(facts: unknown): string[];
export function resourceStatusModule(facts: unknown, header: string): string;
