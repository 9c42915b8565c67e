/**
 * Under each field of the selected block: its help text, and what it needs before the block can be
 * saved, in words (the component's schema, checked as the save will check it). Puck's field
 * overrides put it under every built-in field; the pickers and token pickers add it themselves.
 */
import { createUsePuck, type Field, type Overrides } from '@puckeditor/core';
import type { ReactNode } from 'react';
import { fieldProblems } from './field-errors.js';

const usePuck = createUsePuck();

/** The help text a field declares (the library's `help()`), if any. */
export const helpOf = (field: Field | undefined): string | undefined => {
  const value = (field?.metadata as { help?: unknown } | undefined)?.help;
  return typeof value === 'string' ? value : undefined;
};

/** Problems per props object: every field of the selected block reads the same check. */
const checked = new WeakMap<object, Map<string, string>>();
function problemsOf(type: string, props: Record<string, unknown>): Map<string, string> {
  let problems = checked.get(props);
  if (!problems) {
    problems = fieldProblems(type, props);
    checked.set(props, problems);
  }
  return problems;
}

export function FieldNotes({ name, help }: { name: string; help: string | undefined }) {
  const problem = usePuck((s) =>
    s.selectedItem ? problemsOf(s.selectedItem.type, s.selectedItem.props).get(name) : undefined,
  );
  return (
    <>
      {help ? <p className="field-help">{help}</p> : null}
      {problem ? (
        <p className="field-problem" role="alert">
          This field {problem}.
        </p>
      ) : null}
    </>
  );
}

type FieldTypeRender = (props: { children: ReactNode; field: Field; name: string }) => ReactNode;

const withNotes: FieldTypeRender = ({ children, field, name }) => (
  <>
    {children}
    <FieldNotes name={name} help={helpOf(field)} />
  </>
);

/** Help and problems under every built-in field type (custom fields render their own). */
export const fieldTypeOverrides = Object.fromEntries(
  (['text', 'textarea', 'number', 'select', 'radio', 'richtext', 'array', 'object', 'external'] as const).map(
    (type) => [type, withNotes],
  ),
) as unknown as Overrides['fieldTypes'];
