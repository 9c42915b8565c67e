/**
 * The token pickers: a component prop that holds a design token reference (`{color.brand.primary}`,
 * declared with `tokenField` in the component library) is edited by choosing one of the theme's
 * tokens by name, colours as swatches, never by typing or reading the reference.
 */
import { FieldLabel } from '@puckeditor/core';
import { useEffect, useId } from 'react';
import { FieldNotes } from './field-notes.js';

/** A resolved token of the theme, as DesignTokens.tokens returns it. */
export interface ThemeToken {
  path: string;
  type: string;
  cssVariable: string;
  description?: string | null;
}

export type TokenKind = 'color' | 'spacing' | 'typography';

/** The theme's named colours, in the order the picker offers them (then greys, then the rest). */
const COLOUR_NAMES: Record<string, string> = {
  'brand.primary': 'Brand',
  'brand.secondary': 'Accent',
  'background.default': 'Page background',
  'surface.default': 'Soft panel',
  'surface.raised': 'Raised panel',
  'text.default': 'Text',
  'text.muted': 'Muted text',
  'text.inverse': 'Light text',
  'text.link': 'Links',
  'border.default': 'Border',
  'border.strong': 'Strong border',
  success: 'Success green',
  warning: 'Warning orange',
  danger: 'Danger red',
  shadow: 'Shadow',
};

const TYPE_NAMES: Record<string, string> = {
  body: 'Body text',
  small: 'Small text',
  code: 'Code',
  'heading-h1': 'Heading 1 (largest)',
  'heading-h2': 'Heading 2',
  'heading-h3': 'Heading 3',
  'heading-h4': 'Heading 4',
  'heading-h5': 'Heading 5',
  'heading-h6': 'Heading 6 (smallest)',
};

/** Spacing steps in order, smallest first (the scale's names, not its numbers). */
const SPACING_NAMES = [
  'None',
  'Tiny',
  'Extra small',
  'Small',
  'Medium',
  'Large',
  'Extra large',
  'Huge',
  'Giant',
  'Enormous',
];

const words = (segments: string[]) => {
  const text = segments.join(' ').replace(/[-_]+/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The tokens a picker of `kind` offers, in the order the picker shows them. */
export function tokensOfKind(tokens: readonly ThemeToken[], kind: TokenKind): ThemeToken[] {
  const prefix = `${kind}.`;
  const list = tokens.filter((t) => t.path.startsWith(prefix) && (kind !== 'color' || t.type === 'color'));
  if (kind === 'color') {
    const named = Object.keys(COLOUR_NAMES);
    const rank = (t: ThemeToken) => {
      const key = t.path.slice(prefix.length);
      const index = named.indexOf(key);
      if (index >= 0) return index;
      return key.startsWith('neutral.')
        ? named.length + Number(key.slice('neutral.'.length)) / 10_000
        : named.length + 1;
    };
    return [...list].sort((a, b) => rank(a) - rank(b));
  }
  if (kind !== 'spacing') return list;
  const step = (t: ThemeToken) => Number(t.path.slice(prefix.length));
  return [...list].sort((a, b) => step(a) - step(b));
}

/** A token's name for an owner: "Brand", "Grey 50", "Heading 2", "Large". */
export function tokenName(path: string, all: readonly ThemeToken[] = []): string {
  const [kind = '', ...rest] = path.split('.');
  const key = rest.join('.');
  if (kind === 'color') {
    if (COLOUR_NAMES[key]) return COLOUR_NAMES[key];
    if (rest[0] === 'neutral') return rest[1] === '0' ? 'White' : `Grey ${rest[1] ?? ''}`.trim();
    return words(rest);
  }
  if (kind === 'typography') return TYPE_NAMES[key] ?? words(rest);
  if (kind === 'spacing') {
    const index = tokensOfKind(all, 'spacing').findIndex((t) => t.path === path);
    return SPACING_NAMES[index] ?? `Step ${index + 1}`;
  }
  return words(rest);
}

/** `{color.brand.primary}` ↔ `color.brand.primary`. */
const pathOf = (ref: unknown) =>
  typeof ref === 'string' && /^\{[^{}]+\}$/.test(ref) ? ref.slice(1, -1) : null;
const refOf = (path: string) => `{${path}}`;

const KIND_WORDS: Record<TokenKind, string> = { color: 'colour', spacing: 'size', typography: 'text style' };

/** Chooses one of the theme's tokens of `kind`: swatches for colours, named steps otherwise. */
export function TokenPicker({
  kind,
  label,
  value,
  tokens,
  onChange,
  readOnly,
}: {
  kind: TokenKind;
  label: string;
  value: unknown;
  tokens: readonly ThemeToken[];
  onChange(value: string): void;
  readOnly?: boolean | undefined;
}) {
  const group = useId();
  const choices = tokensOfKind(tokens, kind);
  const chosen = pathOf(value);
  const known = chosen !== null && choices.some((t) => t.path === chosen);
  return (
    <div className={`token-picker token-picker--${kind}`}>
      <div role="radiogroup" aria-label={label} className="token-choices">
        {choices.map((token) => {
          const name = tokenName(token.path, tokens);
          const selected = token.path === chosen;
          return (
            <label
              key={token.path}
              title={token.description ? `${name}: ${token.description}` : name}
              className="token-choice"
            >
              <input
                type="radio"
                name={group}
                value={token.path}
                checked={selected}
                disabled={readOnly}
                onChange={() => onChange(refOf(token.path))}
              />
              {kind === 'color' ? (
                <span className="token-swatch" style={{ background: `var(${token.cssVariable})` }} />
              ) : null}
              <span className="token-name">{name}</span>
            </label>
          );
        })}
      </div>
      <p className="token-current">
        {known
          ? `Chosen: ${tokenName(chosen, tokens)}`
          : chosen
            ? `The chosen ${KIND_WORDS[kind]} is no longer in your theme: pick another.`
            : `No ${KIND_WORDS[kind]} chosen.`}
      </p>
    </div>
  );
}

/** The Puck custom field a `tokenField` prop becomes in the editor. */
export function tokenPickerField(
  kind: TokenKind,
  label: string,
  helpText: string | undefined,
  tokens: readonly ThemeToken[],
) {
  return {
    type: 'custom' as const,
    label,
    render: ({
      name,
      value,
      onChange,
      readOnly,
    }: {
      name: string;
      value: unknown;
      onChange(value: unknown): void;
      readOnly?: boolean;
    }) => (
      <FieldLabel label={label} el="div" readOnly={readOnly}>
        <TokenPicker
          kind={kind}
          label={label}
          value={value}
          tokens={tokens}
          onChange={onChange}
          readOnly={readOnly}
        />
        <FieldNotes name={name} help={helpText} />
      </FieldLabel>
    ),
  };
}

/**
 * Adds the theme's token custom properties (`:root { --wh-… }`, nothing else) to the editor's
 * document while it is open: the token pickers draw their swatches with them.
 */
export function useTokenProperties(css: string | null) {
  useEffect(() => {
    if (css === null) return;
    const style = document.createElement('style');
    style.dataset.webhaze = 'tokens';
    style.textContent = css;
    document.head.append(style);
    return () => style.remove();
  }, [css]);
}
