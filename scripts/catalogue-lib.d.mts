export function parseStatusTable(rst: string): Array<{ status: number; message: string; descriptions: string[] }>;
export function categorize(status: number, message: string | null): string;
export function buildCatalogue(rows: ReadonlyArray<{ code: string | null; status: number; message: string | null; family: string; message_variants?: string[] }>): Array<[string, number, string, string, string]>;
