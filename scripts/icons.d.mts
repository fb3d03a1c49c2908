export declare const ICONS: Record<'error' | 'success' | 'info' | 'warning', { shape: string; d: string; glyph: string; g: string }>;
