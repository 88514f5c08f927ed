import type { ValidateFunction } from 'ajv';

// Types of schema-validators.js, which scripts/compile-schemas.mjs generates
// from schemas/ during `npm run build`. Each export validates one file kind
// and reports errors as ajv does with `verbose: true`.

export declare const position: ValidateFunction;
export declare const organisasi: ValidateFunction;
export declare const keputusan: ValidateFunction;
export declare const target: ValidateFunction;
export declare const config: ValidateFunction;
