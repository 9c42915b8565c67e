import type { ComponentConfig, Config } from '@puckeditor/core';
import type { ReactNode } from 'react';
import { type AnyDefinition, components, rootDefinition } from './index.js';

/**
 * The library as a Puck editor config: the same labels, fields, default props and render functions
 * the server renderer uses. In the editor Puck passes slot props as slot components, the shape
 * `mapSlots` produces on the server, so `render` is shared as is (the zod schemas stay the
 * server-side validation source; the editor's output is validated on save).
 */
export function puckConfig(): Config {
  const entries = Object.entries(components).map(([name, definition]): [string, ComponentConfig] => {
    const d = definition as AnyDefinition;
    return [
      name,
      {
        label: d.label,
        fields: d.fields,
        defaultProps: d.defaultProps,
        // biome-ignore lint/suspicious/noExplicitAny: Puck's render props are the component's props plus `puck`/`id`.
        render: (props: any) => d.render(props) as ReactNode as React.JSX.Element,
      },
    ];
  });
  return {
    root: {
      label: rootDefinition.label,
      fields: rootDefinition.fields,
      render: ({ children }: { children?: ReactNode }) => <>{children}</>,
    },
    components: Object.fromEntries(entries),
  } as Config;
}
