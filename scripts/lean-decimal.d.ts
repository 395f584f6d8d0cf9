export declare const REMOVED_METHODS: readonly string[];
export declare const REMOVED_STATICS: readonly string[];
export declare function isDecimalModule(id: string): boolean;
export declare function leanDecimal(source: string): string;
