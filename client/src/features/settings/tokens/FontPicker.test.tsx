/**
 * The font picker of font-family tokens: self-hosted families from the font files (one per file
 * name stem), generic stacks, and choosing a family adds faces for its files.
 */
import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { control, mount } from '../../../testing.js';
import { FontPicker, familyOfFile, selfHostedFamilies } from './FontPicker.js';
import type { FontFace } from './token-values.js';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const FONTS = [
  { id: 'f1', filename: 'Lora-Regular.woff2' },
  { id: 'f2', filename: 'Lora-Bold.woff2' },
  { id: 'f3', filename: 'InterVariable.woff2' },
];

function Harness() {
  const [value, setValue] = useState('system-ui, sans-serif');
  const [faces, setFaces] = useState<FontFace[]>([]);
  return (
    <div data-value={value} data-faces={JSON.stringify(faces)}>
      <FontPicker
        path="font.family.heading"
        value={value}
        fonts={FONTS}
        faces={faces}
        writable
        onPick={(family, list) => {
          setValue(family);
          setFaces(list);
        }}
      />
    </div>
  );
}

describe('font picker', () => {
  it('names families after their files', () => {
    expect(familyOfFile('Lora-Regular.woff2')).toBe('Lora');
    expect(familyOfFile('open_sans-700-italic.woff2')).toBe('Open Sans');
    expect(familyOfFile('InterVariable.woff2')).toBe('Inter Variable');
    expect(selfHostedFamilies(FONTS).map((f) => [f.family, f.assets.length])).toEqual([
      ['Inter Variable', 1],
      ['Lora', 2],
    ]);
  });

  it('lists self-hosted and generic families; picking one sets the family and its faces', async () => {
    const m = await mount(<Harness />, ['tokens:write'], {});
    cleanup = m.unmount;
    const select = control<HTMLSelectElement>(m.container, 'Heading font');
    expect(select.value).toBe('system-ui, sans-serif');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Choose…',
      'Inter Variable (1 file)',
      'Lora (2 files)',
      'System sans-serif',
      'System serif',
      'System monospace',
    ]);
    await act(async () => {
      select.value = 'self:Lora';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const root = m.container.querySelector<HTMLElement>('[data-value]')!;
    expect(root.dataset.value).toBe('Lora, system-ui, sans-serif');
    expect(JSON.parse(root.dataset.faces!)).toEqual([
      { asset: 'f1', weight: 400, style: 'normal' },
      { asset: 'f2', weight: 700, style: 'normal' },
    ]);
    expect(select.value).toBe('self:Lora');
  });
});
