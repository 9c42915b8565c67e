import { describe, expect, it } from 'vitest';
import { colorToHex, hexToSrgb, problemsByPath, tokenValueIn, withTokenValue } from './token-values.js';

describe('design token helpers', () => {
  it('converts #rrggbb to the DTCG sRGB form the server stores, and back', () => {
    expect(hexToSrgb('#1D4ED8')).toEqual({
      colorSpace: 'srgb',
      components: [0.1137, 0.3059, 0.8471],
      hex: '#1d4ed8',
    });
    expect(colorToHex({ colorSpace: 'srgb', components: [1, 0, 0.5] })).toBe('#ff0080');
    expect(colorToHex(hexToSrgb('#abcdef'))).toBe('#abcdef');
    expect(colorToHex({ colorSpace: 'oklch', components: [0.5, 0.1, 200] })).toBeNull();
    expect(() => hexToSrgb('red')).toThrow(/#rrggbb/);
  });

  it('sets one token in an override document without touching the others or the input', () => {
    const stored = {
      color: { brand: { primary: { $value: 'x', $description: 'Main' }, secondary: { $value: 'y' } } },
      font: { family: { body: { $value: ['Lato'] } } },
    };
    const next = withTokenValue(stored, 'color.brand.primary', hexToSrgb('#ff0000'));
    expect(tokenValueIn(next, 'color.brand.primary')).toEqual(hexToSrgb('#ff0000'));
    expect(next.color).toMatchObject({
      brand: { primary: { $description: 'Main' }, secondary: { $value: 'y' } },
    });
    expect(tokenValueIn(next, 'font.family.body')).toEqual(['Lato']);
    expect(stored.color.brand.primary.$value).toBe('x');
    expect(tokenValueIn(withTokenValue(null, 'a.b', 1), 'a.b')).toBe(1);
  });

  it('groups the server problems by token path, falling back to extensions.path', () => {
    const grouped = problemsByPath(
      {
        path: 'color.brand.primary',
        problems: [
          { path: 'color.brand.primary', message: 'not a colour' },
          { path: 'color.text.link', message: 'alias cycle' },
        ],
      },
      'first',
    );
    expect([...grouped]).toEqual([
      ['color.brand.primary', ['not a colour']],
      ['color.text.link', ['alias cycle']],
    ]);
    expect([...problemsByPath({ path: 'spacing.4' }, 'bad')]).toEqual([['spacing.4', ['bad']]]);
  });
});
