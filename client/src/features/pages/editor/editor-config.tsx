/**
 * The Puck config the editor runs: `puckConfig()` (the server's components, labels, fields and
 * render functions) with two editor-only guards around each render:
 * - props the stored tree leaves out get their schema defaults first, as the server renderer's
 *   zod parse gives them (e.g. an Image's `sources`), so a half-filled component still draws;
 * - a component whose props are invalid mid-edit shows a notice instead of breaking the canvas.
 */
import type { ComponentConfig, Config } from '@puckeditor/core';
import { Component, type ReactNode } from 'react';
import type { z } from 'zod';
import { components } from '../../../../../templates/components/index.js';
import { puckConfig } from '../../../../../templates/components/puck.js';

class RenderGuard extends Component<{ label: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidUpdate(prev: { children: ReactNode }) {
    if (this.state.failed && prev.children !== this.props.children) this.setState({ failed: false });
  }
  override render() {
    return this.state.failed ? (
      <p role="note" className="wh-editor-invalid">
        {this.props.label}: some fields are not valid yet, so it cannot be shown.
      </p>
    ) : (
      this.props.children
    );
  }
}

/** Each missing prop's schema default (only keys the schema declares with a default). */
export function withDefaults(schema: z.ZodType, props: Record<string, unknown>): Record<string, unknown> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return props;
  const out = { ...props };
  for (const [key, field] of Object.entries(shape)) {
    if (out[key] !== undefined) continue;
    const parsed = field.safeParse(undefined);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out;
}

export function editorConfig(): Config {
  const base = puckConfig();
  const wrapped = Object.fromEntries(
    Object.entries(base.components).map(([name, config]): [string, ComponentConfig] => {
      const definition = (components as Record<string, { label: string; props: z.ZodType }>)[name];
      const render = config.render;
      return [
        name,
        {
          ...config,
          // biome-ignore lint/suspicious/noExplicitAny: Puck's render props are the component's props plus `puck`/`id`.
          render: (props: any) => (
            <RenderGuard label={definition?.label ?? name}>
              {render(definition ? withDefaults(definition.props, props) : props)}
            </RenderGuard>
          ),
        },
      ];
    }),
  );
  return { ...base, components: wrapped } as Config;
}
