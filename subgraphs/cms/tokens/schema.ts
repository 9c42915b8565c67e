import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

/**
 * The token document schema (config/design-tokens.schema.json) and the global defaults
 * (config/design-tokens.json), read once when this module loads. Everything after that is pure.
 */
const schemaUrl = new URL('../../../config/design-tokens.schema.json', import.meta.url);
const defaultsUrl = new URL('../../../config/design-tokens.json', import.meta.url);

export const tokenDocumentSchema: Record<string, unknown> = JSON.parse(readFileSync(schemaUrl, 'utf8'));
const SCHEMA_ID = tokenDocumentSchema.$id as string;

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
ajv.addSchema(tokenDocumentSchema);

/** Validates a whole token document (a group at the top). */
export const validateDocument: ValidateFunction = ajv.getSchema(SCHEMA_ID)!;

const valueValidators = new Map<string, ValidateFunction>();
/** Validates a resolved `$value` (no top-level alias) against the shape of one DTCG type. */
export function valueValidator(type: string): ValidateFunction {
  let validate = valueValidators.get(type);
  if (!validate) {
    validate = ajv.getSchema(`${SCHEMA_ID}#/$defs/${type}`);
    if (!validate) throw new Error(`no value schema for token type ${type}`);
    valueValidators.set(type, validate);
  }
  return validate;
}

/** The platform-wide defaults every tenant starts from. */
export const globalTokenDocument: unknown = Object.freeze(JSON.parse(readFileSync(defaultsUrl, 'utf8')));

export type { ErrorObject };
