/**
 * Writes docs/guides/configuration-reference.md from the configuration schema in core/config.ts:
 * every variable with its type, default and description (`npm run docs:config`). test/docs.test.ts
 * fails when the committed file differs from what this renders.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CONFIG_SCHEMA } from '../core/config.js';

export const CONFIG_REFERENCE_FILE = fileURLToPath(
  new URL('./guides/configuration-reference.md', import.meta.url),
);

/** The JSON Schema facts of one variable (as an environment string, before coercion). */
interface InputSchema {
  type?: string;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  default?: unknown;
}

/** What one variable's `meta` documents (core/config.ts). */
interface VariableDoc {
  description: string;
  whenUnset?: string;
  valueType?: string;
}

export function renderConfigReference(): string {
  const json = z.toJSONSchema(CONFIG_SCHEMA, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, InputSchema>;
  };
  const rows = Object.entries(CONFIG_SCHEMA.shape).map(([name, field]) => {
    const doc = documentation(name, field.meta());
    const input = json.properties[name] ?? {};
    return [`\`${name}\``, doc.valueType ?? typeOf(input), defaultOf(input, field, doc), doc.description];
  });
  return [
    '# Configuration reference',
    '',
    '<!-- Generated from core/config.ts by `npm run docs:config`; edit the descriptions there. -->',
    '',
    'Every environment variable WebHaze reads, validated once at start-up by `core/config.ts` (one error lists every bad setting). Nothing needs to be set for `npm start`. How the settings fit together: [configuration](configuration.md).',
    '',
    table(['Variable', 'Type', 'Default', 'Description'], rows),
    '',
    "Read outside this schema: `PLANS_FILE` (a deployment's own plans instead of `config/plans.json`, read by `core/plans.ts`), and `APOLLO_KEY` with `APOLLO_GRAPH_REF`, which turn on Apollo Studio reporting only when both are set ([no telemetry](no-telemetry.md)).",
    '',
  ].join('\n');
}

function documentation(name: string, meta: Record<string, unknown> | undefined): VariableDoc {
  const description = meta?.description;
  if (typeof description !== 'string' || description === '') {
    throw new Error(`core/config.ts: ${name} has no description (add .meta({ description }))`);
  }
  const text = (key: string) => (typeof meta?.[key] === 'string' ? (meta[key] as string) : undefined);
  return { description, whenUnset: text('whenUnset'), valueType: text('valueType') };
}

function typeOf(input: InputSchema): string {
  if (input.enum) return `one of ${input.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (input.type === 'integer' || input.type === 'number') {
    const kind = input.type === 'integer' ? 'integer' : 'number';
    // z.int() reports the safe-integer range as its bounds: those are no bound a reader needs.
    const bound = (n: number | undefined) =>
      n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n;
    const [min, max] = [bound(input.minimum), bound(input.maximum)];
    if (min !== undefined && max !== undefined) return `${kind} ${min}–${max}`;
    if (min !== undefined) return `${kind} ≥ ${min}`;
    if (max !== undefined) return `${kind} ≤ ${max}`;
    return kind;
  }
  if (input.format === 'uri') return 'URL';
  if (input.minLength === 1) return 'non-empty string';
  if (input.minLength !== undefined) return `string of at least ${input.minLength} characters`;
  return 'string';
}

function defaultOf(input: InputSchema, field: z.ZodType, doc: VariableDoc): string {
  const value = input.default !== undefined ? input.default : schemaDefault(field);
  if (value === undefined) return doc.whenUnset ? `unset: ${doc.whenUnset}` : 'unset';
  if (value === '' || (Array.isArray(value) && value.length === 0)) return 'empty';
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

/** A `.default()` the JSON Schema leaves out (a boolean's default is its output, not an input string). */
function schemaDefault(field: z.ZodType): unknown {
  const def = field._zod.def as { type: string; defaultValue?: unknown; in?: z.ZodType };
  if (def.type === 'default') return def.defaultValue;
  if (def.type === 'pipe' && def.in) return schemaDefault(def.in);
  return undefined;
}

function table(header: string[], rows: string[][]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [header, header.map(() => '---'), ...rows]
    .map((row) => `| ${row.map(cell).join(' | ')} |`)
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(CONFIG_REFERENCE_FILE, renderConfigReference());
  process.stdout.write(`wrote ${CONFIG_REFERENCE_FILE}\n`);
}
