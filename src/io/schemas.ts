import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import type { SchemaError } from '../core/schema-findings.js';

/** Kinds of YAML file iki reads, each with its own schema in `schemas/`. */
export type FileKind = 'position' | 'organisasi' | 'keputusan' | 'target' | 'config';

// ajv-formats is CommonJS, so under ESM its function arrives as `default`.
const addFormats = (ajvFormats as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;

/** The folder of the shipped schemas, found relative to this module so iki works from any folder. */
export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

let ajv: Ajv2020 | undefined;
const validators = new Map<FileKind, ValidateFunction>();

/** Validates parsed data against the schema of `kind`; returns ajv's errors, empty when valid. */
export function validateSchema(kind: FileKind, data: unknown): SchemaError[] {
  const validate = compiledValidator(kind);
  return validate(data) ? [] : ((validate.errors ?? []) as SchemaError[]);
}

function compiledValidator(kind: FileKind): ValidateFunction {
  const cached = validators.get(kind);
  if (cached) return cached;

  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true });
    addFormats(ajv);
  }
  const schema = JSON.parse(readFileSync(new URL(`${kind}.schema.json`, SCHEMA_DIR), 'utf8')) as object;
  const validate = ajv.compile(schema);
  validators.set(kind, validate);
  return validate;
}
