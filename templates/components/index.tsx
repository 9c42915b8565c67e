import type { ReactNode } from 'react';
import { z } from 'zod';

/**
 * The component library shared by the server renderer and (later) the editor. Each component
 * declares its props schema; the renderer refuses trees whose props do not match.
 */
export interface ComponentDefinition<P> {
  props: z.ZodType<P>;
  render(props: P): ReactNode;
}

/**
 * Only http(s) and site-relative links: `javascript:` and friends never reach an href. Backslashes,
 * whitespace and control characters are refused outright, since browsers read `/\evil.example`
 * and `/\t/evil.example` as protocol-relative links to another site.
 */
export const safeHref = z
  .string()
  .max(2048)
  .refine(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
    (url) => !/[\\\s\x00-\x1f\x7f]/.test(url),
    'Links may not contain backslashes, spaces or control characters',
  )
  .refine((url) => /^(https?:\/\/|\/(?!\/))/i.test(url), 'Links must be http(s) or start with /');

const heading = z.object({ text: z.string().max(300), level: z.number().int().min(1).max(6).default(2) });
const text = z.object({ text: z.string().max(20_000) });
const button = z.object({
  label: z.string().max(120),
  href: safeHref,
  variant: z.enum(['primary', 'secondary']).default('primary'),
});
const spacer = z.object({ size: z.enum(['small', 'medium', 'large']).default('medium') });

export const components = {
  Heading: {
    props: heading,
    render: ({ text, level }) => {
      const Tag = `h${level}` as 'h1';
      return <Tag className="wh-heading">{text}</Tag>;
    },
  } satisfies ComponentDefinition<z.infer<typeof heading>>,
  Text: {
    props: text,
    render: ({ text }) => <p className="wh-text">{text}</p>,
  } satisfies ComponentDefinition<z.infer<typeof text>>,
  Button: {
    props: button,
    render: ({ label, href, variant }) => (
      <a className={`wh-button wh-button--${variant}`} href={href}>
        {label}
      </a>
    ),
  } satisfies ComponentDefinition<z.infer<typeof button>>,
  Spacer: {
    props: spacer,
    render: ({ size }) => <div className={`wh-spacer wh-spacer--${size}`} aria-hidden="true" />,
  } satisfies ComponentDefinition<z.infer<typeof spacer>>,
};

export type ComponentName = keyof typeof components;

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(components, name);
}
