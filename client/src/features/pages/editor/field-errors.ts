/**
 * A save refused by the tree validator names a raw path (`tree.content[2].props.assetId: Invalid
 * input`); the owner reads it in words instead: which block (by its label and place on the page)
 * and which field (by its label), and what it needs.
 */
import type { Field } from '@puckeditor/core';
import type { z } from 'zod';
import { components, rootDefinition } from '../../../../../templates/components/index.js';
import { withDefaults } from './defaults.js';
import { humanName, PICKER_LABELS } from './labels.js';

type Definition = { label: string; fields: Record<string, Field> };

const ordinal = (n: number) => {
  const suffixes = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${suffixes[(v - 20) % 10] ?? suffixes[v] ?? 'th'}`;
};

/** Our schemas' own messages that name a developer notion, in the owner's words. */
const OWN_MESSAGES: [RegExp, string][] = [
  [/design token reference/i, 'needs one of your theme’s choices'],
  [/collection slug/i, 'needs a collection chosen from the list'],
  [/asset ids? /i, 'needs an image chosen from the media library'],
  [/menu handle/i, 'needs a menu name in small letters, digits and dashes, such as main'],
  [/BCP 47|locale/i, 'needs a language from the list'],
];

/** A validator message in words: what the field needs (zod's generic texts and our schemas' own). */
export function need(message: string): string {
  const m = message.trim();
  if (/^invalid input$/i.test(m) || /^required$/i.test(m) || /expected .*, received undefined/i.test(m)) {
    return 'needs a value';
  }
  for (const [test, words] of OWN_MESSAGES) if (test.test(m)) return words;
  const big = /^too big: expected (\w+) to (?:have|be) <=?(\d+)/i.exec(m);
  if (big) {
    const [, kind, n] = big;
    if (kind === 'string') return `is too long: at most ${n} characters`;
    if (kind === 'array') return `has too many items: at most ${n}`;
    return `needs a number of at most ${n}`;
  }
  const small = /^too small: expected (\w+) to (?:have|be) >=?(\d+)/i.exec(m);
  if (small) {
    const [, kind, n] = small;
    if (kind === 'string') return n === '1' ? 'needs a value' : `needs at least ${n} characters`;
    if (kind === 'array') return `needs at least ${n} item${n === '1' ? '' : 's'}`;
    return `needs a number of at least ${n}`;
  }
  if (/^invalid option/i.test(m)) return 'needs one of the choices';
  const expected = /^(?:invalid input: )?expected (\w+), received (\w+)/i.exec(m);
  if (expected) {
    const kind = expected[1];
    if (kind === 'string') return 'needs text';
    if (kind === 'number') return 'needs a number';
    if (kind === 'int') return 'needs a whole number';
    if (kind === 'boolean') return 'needs a yes or no';
    if (kind === 'array') return 'needs a list';
    return 'needs a value';
  }
  if (/must match pattern/i.test(m)) return 'is not in the expected form';
  return m.charAt(0).toLowerCase() + m.slice(1);
}

function fieldLabel(definition: Definition | undefined, key: string): string {
  const field = definition?.fields[key];
  if (field?.label && !/asset id/i.test(field.label)) return field.label;
  return PICKER_LABELS[key] ?? humanName(key);
}

/** A validation issue's path as Puck names the field: `cta.label`, `columns[1].heading`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((step, i) => (typeof step === 'number' ? `[${step}]` : `${i === 0 ? '' : '.'}${String(step)}`))
    .join('');
}

/**
 * What each field of a block needs before it can be saved, in words, by field path (`title`,
 * `cta.href`, `columns[0].heading`): the component's schema checks the props as the save will
 * (after the defaults a stored tree may leave out). Empty when the block can be saved.
 */
export function fieldProblems(type: string, props: Record<string, unknown>): Map<string, string> {
  const definition = (components as Record<string, { props: z.ZodType } | undefined>)[type];
  const problems = new Map<string, string>();
  if (!definition) return problems;
  const { id: _id, ...own } = props;
  const parsed = definition.props.safeParse(withDefaults(definition.props, own));
  if (parsed.success) return problems;
  for (const issue of parsed.error.issues) {
    const path = fieldPath(issue.path);
    if (!problems.has(path)) problems.set(path, need(issue.message));
  }
  return problems;
}

/**
 * `tree.content[2].props.assetId: Invalid input` → `Image (3rd block on the page): “Image” needs a
 * value`. Messages that are not tree paths come back unchanged.
 */
export function describeTreeError(message: string, tree: unknown): string {
  const match = /^(?:.*?: )?tree\.(\S+?): (.*)$/s.exec(message);
  if (!match) return message;
  const [, path = '', text = ''] = match;
  const steps = path.match(/[A-Za-z_$][\w$]*|\[\d+\]/g) ?? [];
  let value: unknown = tree;
  let where = '';
  let definition: Definition | undefined;
  let lastField: string | null = null;
  let top = true;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const index = step.startsWith('[') ? Number(step.slice(1, -1)) : null;
    value =
      index !== null
        ? Array.isArray(value)
          ? value[index]
          : undefined
        : (value as Record<string, unknown> | undefined)?.[step];
    if (step === 'root') {
      definition = rootDefinition as unknown as Definition;
      where = 'Page settings';
    }
    if (
      index !== null &&
      value &&
      typeof value === 'object' &&
      'type' in value &&
      typeof value.type === 'string'
    ) {
      const type = value.type;
      const found = (components as Record<string, Definition>)[type];
      const name = found?.label ?? humanName(type);
      where = top ? `${name} (${ordinal(index + 1)} block on the page)` : `${name} inside ${where}`;
      definition = found;
      lastField = null;
      top = false;
    } else if (index === null && step !== 'props' && step !== 'content' && step !== 'root') {
      if (lastField === null) lastField = step;
    } else if (index !== null && lastField && steps[i + 1] !== 'props') {
      // An item of a list field: "Links, item 2".
      lastField = `${lastField}#${index + 1}`;
    }
  }
  if (!where) return message;
  if (!lastField) return `${where}: ${need(text)}`;
  const [key = '', item] = lastField.split('#');
  const label = `“${fieldLabel(definition, key)}”${item ? ` (item ${item})` : ''}`;
  return `${where}: ${label} ${need(text)}`;
}
