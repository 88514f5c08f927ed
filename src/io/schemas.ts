import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import type { SchemaError } from '../core/schema-findings.js';

/** Kinds of YAML file iki reads, each with its own schema in `schemas/`. */
export type FileKind = 'position' | 'organisasi' | 'keputusan' | 'target' | 'config';

// scripts/compile-schemas.mjs compiles the validators from schemas/ at build
// time, so no schema is compiled at start-up. Its output is not committed.
const GENERATED_MODULE = 'schema-validators.js';
const precompiled = await importPrecompiledValidators();

/** Validates parsed data against the schema of `kind`; returns ajv's errors, empty when valid. */
export function validateSchema(kind: FileKind, data: unknown): SchemaError[] {
  const validate = validatorOf(kind);
  return validate(data) ? [] : ((validate.errors ?? []) as SchemaError[]);
}

function validatorOf(kind: FileKind): ValidateFunction {
  // A build that skipped the generator (tsc alone) fails here, as an internal
  // error of the command that validates, rather than when iki starts.
  if (!precompiled) {
    const expected = fileURLToPath(new URL(GENERATED_MODULE, import.meta.url));
    throw new Error(`The precompiled schema validators were not found at ${expected}. Run \`npm run build\` in the iki folder`);
  }
  return precompiled[kind];
}

async function importPrecompiledValidators(): Promise<Record<FileKind, ValidateFunction> | undefined> {
  try {
    return await import('./schema-validators.js');
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND' && error.message.includes(GENERATED_MODULE);
    if (missing) return undefined;
    throw error;
  }
}
