/**
 * A save refused by the tree validator names a raw path (`tree.content[2].props.assetId: Invalid
 * input`); the owner reads it in words instead: which block (by its label and place on the page)
 * and which field (by its label), and what it needs.
 */
import type { Field } from '@puckeditor/core';
import { components, rootDefinition } from '../../../../../templates/components/index.js';
import { humanName, PICKER_LABELS } from './pickers/fields.js';

type Definition = { label: string; fields: Record<string, Field> };

const ordinal = (n: number) => {
  const suffixes = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${suffixes[(v - 20) % 10] ?? suffixes[v] ?? 'th'}`;
};

/** The message part in words: zod's generic texts say what the field needs. */
function need(message: string): string {
  const m = message.trim();
  if (/^invalid input$/i.test(m) || /^required$/i.test(m) || /expected .*, received undefined/i.test(m)) {
    return 'needs a value';
  }
  const expected = /^(?:invalid input: )?expected (\w+), received (\w+)/i.exec(m);
  if (expected)
    return `needs ${expected[1] === 'string' ? 'text' : expected[1] === 'number' ? 'a number' : `a ${expected[1]}`}`;
  return m.charAt(0).toLowerCase() + m.slice(1);
}

function fieldLabel(definition: Definition | undefined, key: string): string {
  const field = definition?.fields[key];
  if (field?.label && !/asset id/i.test(field.label)) return field.label;
  return PICKER_LABELS[key] ?? humanName(key);
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
