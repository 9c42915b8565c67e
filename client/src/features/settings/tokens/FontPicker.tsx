/**
 * The font picker of a font-family token: the workspace's self-hosted families (its READY font
 * assets, one family per file name stem: `Lora-Bold.woff2` → Lora) and the generic stacks every
 * browser has. Choosing a self-hosted family writes the family list (the family, then a generic
 * fallback) and adds a face for its file when the token has none, so the storefront serves it.
 * The family list stays editable as text for anything else.
 */
import { useId } from 'react';
import type { FontFace } from './token-values.js';

interface FontAsset {
  id: string;
  filename: string;
}

/** A stack every browser renders without a download. */
const GENERIC: { label: string; family: string }[] = [
  { label: 'System sans-serif', family: 'system-ui, sans-serif' },
  { label: 'System serif', family: 'Georgia, serif' },
  { label: 'System monospace', family: 'ui-monospace, monospace' },
];

/** A file name's family: the stem before a weight/style suffix, words spaced (`open_sans-700.woff2` → Open Sans). */
export function familyOfFile(filename: string): string {
  const stem = filename.replace(/\.[a-z0-9]+$/i, '');
  const base =
    stem.split(
      /[-_. ](?=(?:thin|extralight|light|regular|book|medium|semibold|bold|extrabold|black|italic|variable|vf|wght|latin|\d)|$)/i,
    )[0] ?? stem;
  const words = base
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .replace(/[^A-Za-z0-9 ]/g, '')
    .trim();
  return words.replace(/\b\w/g, (c) => c.toUpperCase()) || 'Brand Font';
}

/** Self-hosted families: each family with the font files that carry it. */
export function selfHostedFamilies(fonts: readonly FontAsset[]): { family: string; assets: FontAsset[] }[] {
  const byFamily = new Map<string, FontAsset[]>();
  for (const font of fonts) {
    const family = familyOfFile(font.filename);
    byFamily.set(family, [...(byFamily.get(family) ?? []), font]);
  }
  return [...byFamily]
    .map(([family, assets]) => ({ family, assets }))
    .sort((a, b) => a.family.localeCompare(b.family));
}

const first = (text: string) =>
  text
    .split(',')[0]
    ?.trim()
    .replace(/^["']|["']$/g, '') ?? '';

export function FontPicker({
  path,
  value,
  fonts,
  faces,
  writable,
  onPick,
}: {
  path: string;
  value: string;
  fonts: readonly FontAsset[];
  faces: readonly FontFace[];
  writable: boolean;
  onPick(family: string, faces: FontFace[]): void;
}) {
  const id = useId();
  const role = path.split('.').pop() ?? 'text';
  const families = selfHostedFamilies(fonts);
  const current = GENERIC.find((g) => g.family === value)
    ? value
    : families.find((f) => f.family === first(value))
      ? `self:${first(value)}`
      : '';
  const pick = (choice: string) => {
    if (!choice) return;
    if (!choice.startsWith('self:')) {
      onPick(choice, [...faces]);
      return;
    }
    const family = families.find((f) => `self:${f.family}` === choice);
    if (!family) return;
    const known = new Set(faces.map((f) => f.asset));
    const added = family.assets
      .filter((a) => !known.has(a.id))
      .map(
        (a): FontFace => ({
          asset: a.id,
          weight: /bold|700/i.test(a.filename)
            ? 700
            : /variable|vf|wght/i.test(a.filename)
              ? [100, 900]
              : 400,
          style: /italic/i.test(a.filename) ? 'italic' : 'normal',
        }),
      );
    // The family itself first; a generic fallback while the file loads (font-display: swap).
    onPick(`${family.family}, ${/serif/i.test(path) ? 'serif' : 'system-ui, sans-serif'}`, [
      ...faces,
      ...added,
    ]);
  };
  return (
    <div className="font-picker">
      <label htmlFor={`${id}-font`}>{`${role.charAt(0).toUpperCase()}${role.slice(1)} font`}</label>
      <select id={`${id}-font`} value={current} disabled={!writable} onChange={(e) => pick(e.target.value)}>
        <option value="">{current ? 'Choose…' : 'Custom (as typed below)'}</option>
        {families.length ? (
          <optgroup label="Your fonts (self-hosted)">
            {families.map((f) => (
              <option key={f.family} value={`self:${f.family}`}>
                {f.family} ({f.assets.length === 1 ? '1 file' : `${f.assets.length} files`})
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label="Built into every device">
          {GENERIC.map((g) => (
            <option key={g.family} value={g.family}>
              {g.label}
            </option>
          ))}
        </optgroup>
      </select>
      {families.length === 0 ? (
        <p className="hint">Upload WOFF2 fonts in Media to offer your own families here.</p>
      ) : null}
    </div>
  );
}
