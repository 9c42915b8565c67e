import type { ReactNode } from 'react';

/** Plain text as paragraphs: a blank line starts a new one. React escapes the text. */
export function Paragraphs({ text, className }: { text: string; className: string }): ReactNode {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return paragraphs.map((p, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
    <p className={className} key={i}>
      {p}
    </p>
  ));
}
