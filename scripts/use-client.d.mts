export declare const REEXPORT_ONLY: ReadonlySet<string>;
export declare function needsClientDirective(fileName: string): boolean;
export declare function clientDirectiveBanner(chunk: { fileName: string }): string;
