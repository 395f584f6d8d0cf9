export declare function isStylesModule(id: string): boolean;
export declare function minifyCssTemplates(source: string): string;
