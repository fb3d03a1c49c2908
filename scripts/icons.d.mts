export declare const ICONS: Record<'error' | 'success' | 'info' | 'warning', { shape: string; d: string; glyph: string; g: string }>;
export declare function iconUrl(name: keyof typeof ICONS): string;
