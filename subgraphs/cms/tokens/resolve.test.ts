import { describe, expect, it } from 'vitest';
import { cssFontFamily } from '../../../templates/token-css.js';
import {
  type LayerName,
  resolveTokens,
  resolveTokensOrThrow,
  type TokenError,
  type TokenLayer,
  TokenResolutionError,
} from './resolve.js';
import { globalTokenDocument, validateDocument } from './schema.js';

const srgb = (r: number, g: number, b: number, alpha?: number) => ({
  colorSpace: 'srgb',
  components: [r, g, b],
  ...(alpha === undefined ? {} : { alpha }),
});
const px = (value: number) => ({ value, unit: 'px' });
const rem = (value: number) => ({ value, unit: 'rem' });

/** A small base layer: typed groups, aliases, one composite. */
const base = {
  color: {
    $type: 'color',
    brand: { primary: { $value: srgb(0, 0, 1) }, secondary: { $value: srgb(0, 1, 0) } },
    text: { link: { $value: '{color.brand.primary}' } },
  },
  size: { $type: 'dimension', md: { $value: rem(1) }, lg: { $value: px(24) } },
  font: { family: { $type: 'fontFamily', body: { $value: ['Inter', 'sans-serif'] } } },
};

const layer = (name: LayerName, document: unknown): TokenLayer => ({ name, document });
const value = (result: ReturnType<typeof resolveTokens>, path: string) => result.tokens.get(path)?.value;
const summary = (errors: TokenError[]) => errors.map((e) => `${e.kind} ${e.path} [${e.layer}]`);

describe('the global defaults', () => {
  it('validate against the schema and resolve without errors', () => {
    expect(validateDocument(globalTokenDocument), JSON.stringify(validateDocument.errors)).toBe(true);
    const result = resolveTokens([layer('global', globalTokenDocument)]);
    expect(result.errors).toEqual([]);
    expect(value(result, 'color.text.link')).toEqual(value(result, 'color.brand.primary'));
    expect(result.css).toContain('--wh-color-brand-primary: #1d4ed8;');
    expect(result.css).toContain('--wh-color-text-link: #1d4ed8;');
    expect(result.css).toContain('--wh-typography-heading-h1-font-size: 2.25rem;');
  });
});

describe('schema validation of a layer', () => {
  it.each([
    [
      'a token with a bad dimension unit',
      { s: { $type: 'dimension', $value: { value: 1, unit: 'em' } } },
      's',
    ],
    ['an unknown $type', { s: { $type: 'colour', $value: 'x' } }, 's'],
    ['a name containing a dot', { 'a.b': { $type: 'number', $value: 1 } }, 'a.b'],
    ['a name with braces', { '{a}': { $type: 'number', $value: 1 } }, '{a}'],
    ['an unknown $-property on a token', { a: { $type: 'number', $value: 1, $foo: 1 } }, 'a'],
    [
      'a colour with 4 components',
      { c: { $type: 'color', $value: { colorSpace: 'srgb', components: [1, 1, 1, 1] } } },
      'c',
    ],
    ['an srgb component above 1', { c: { $type: 'color', $value: srgb(2, 0, 0) } }, 'c'],
    ['a font weight of 0', { w: { $type: 'fontWeight', $value: 0 } }, 'w'],
    [
      'a typography without lineHeight',
      {
        t: {
          $type: 'typography',
          $value: { fontFamily: 'A', fontSize: px(1), fontWeight: 400, letterSpacing: px(0) },
        },
      },
      't',
    ],
    ['a cubic bezier with x outside 0..1', { e: { $type: 'cubicBezier', $value: [2, 0, 0, 1] } }, 'e'],
    ['a group that is not an object', { g: 5 }, 'g'],
  ])('refuses %s, naming the path', (_, document, path) => {
    const { errors, tokens } = resolveTokens([layer('global', base), layer('tenant', document)]);
    expect(errors.map((e) => [e.kind, e.path, e.layer])).toContainEqual(['schema', path, 'tenant']);
    expect(errors.every((e) => e.message.startsWith(path))).toBe(true);
    // The bad layer is not merged at all: the base layer still resolves.
    expect(value({ tokens, css: '', errors }, 'color.text.link')).toEqual(srgb(0, 0, 1));
  });

  it('refuses documents nested deeper than the limit before validating them', () => {
    let deep: Record<string, unknown> = { $type: 'number', $value: 1 };
    for (let i = 0; i < 40; i++) deep = { g: deep };
    expect(summary(resolveTokens([layer('tenant', deep)]).errors)).toEqual(['too-deep  [tenant]']);
  });
});

describe('precedence', () => {
  const token = (v: number) => ({ n: { $type: 'number', $value: v } });
  it.each([
    [['global'], 1],
    [['global', 'template'], 2],
    [['global', 'template', 'tenant'], 3],
    [['global', 'template', 'tenant', 'region'], 4],
    [['global', 'tenant'], 3],
    [['global', 'region'], 4],
    [['region', 'tenant', 'global', 'template'], 4], // order of the array does not matter, the names do
  ] as [LayerName[], number][])('%j → %d', (names, expected) => {
    const values: Record<LayerName, number> = { global: 1, template: 2, tenant: 3, region: 4 };
    const result = resolveTokens(names.map((name) => layer(name, token(values[name]))));
    expect(result.errors).toEqual([]);
    expect(value(result, 'n')).toBe(expected);
  });

  it('deep-merges groups and lets an override set only $value, inheriting $type and description', () => {
    const result = resolveTokens([
      layer('global', {
        ...base,
        color: {
          ...base.color,
          brand: { ...base.color.brand, primary: { $value: srgb(0, 0, 1), $description: 'Main' } },
        },
      }),
      layer('tenant', { color: { brand: { primary: { $value: srgb(1, 0, 0) } } } }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.tokens.get('color.brand.primary')).toEqual({
      type: 'color',
      value: srgb(1, 0, 0),
      description: 'Main',
    });
    expect(value(result, 'color.brand.secondary')).toEqual(srgb(0, 1, 0)); // untouched sibling kept
    expect(value(result, 'color.text.link')).toEqual(srgb(1, 0, 0)); // aliases see the merged value
    expect(result.css).toContain('--wh-color-text-link: #ff0000;');
  });

  it('falls back to tenant values when there is no region layer', () => {
    const tenant = { color: { brand: { primary: { $value: srgb(1, 0, 0) } } } };
    const withoutRegion = resolveTokens([layer('global', base), layer('tenant', tenant)]);
    const withRegion = resolveTokens([
      layer('global', base),
      layer('tenant', tenant),
      layer('region', { color: { brand: { secondary: { $value: srgb(0, 0, 0) } } } }),
    ]);
    expect(value(withoutRegion, 'color.brand.primary')).toEqual(srgb(1, 0, 0));
    expect(value(withRegion, 'color.brand.primary')).toEqual(srgb(1, 0, 0));
    expect(value(withRegion, 'color.brand.secondary')).toEqual(srgb(0, 0, 0));
  });

  it.each([
    ['changing a token $type', { size: { md: { $type: 'number', $value: 3 } } }, 'type-change', 'size.md'],
    ['changing a group $type', { size: { $type: 'number' } }, 'type-change', 'size'],
    [
      'turning a token into a group',
      { size: { md: { x: { $type: 'number', $value: 1 } } } },
      'structure',
      'size.md',
    ],
    ['turning a group into a token', { size: { $type: 'dimension', $value: rem(1) } }, 'structure', 'size'],
    [
      'a name that cannot be a CSS custom property',
      { size: { Big: { $value: rem(2) } } },
      'name',
      'size.Big',
    ],
  ])('refuses %s', (_, tenant, kind, path) => {
    const { errors } = resolveTokens([layer('global', base), layer('tenant', tenant)]);
    expect(summary(errors)).toEqual([`${kind} ${path} [tenant]`]);
  });
});

describe('aliases', () => {
  it.each([
    ['simple', { a: { $type: 'number', $value: 1 }, b: { $value: '{a}' } }, 'b', 1, 'number'],
    [
      'chained',
      { a: { $type: 'number', $value: 1 }, b: { $value: '{a}' }, c: { $value: '{b}' }, d: { $value: '{c}' } },
      'd',
      1,
      'number',
    ],
    [
      "into a group's inherited $type",
      { g: { $type: 'dimension', x: { $value: px(2) } }, h: { $type: 'dimension', y: { $value: '{g.x}' } } },
      'h.y',
      px(2),
      'dimension',
    ],
    [
      "untyped alias taking the referenced token's inherited type",
      { g: { $type: 'dimension', x: { $value: px(2) } }, y: { $value: '{g.x}' } },
      'y',
      px(2),
      'dimension',
    ],
    [
      'inside composite values',
      {
        f: { $type: 'fontFamily', $value: 'Inter' },
        s: { $type: 'dimension', $value: rem(1) },
        t: {
          $type: 'typography',
          $value: {
            fontFamily: '{f}',
            fontSize: '{s}',
            fontWeight: 700,
            letterSpacing: px(0),
            lineHeight: 1.5,
          },
        },
      },
      't',
      { fontFamily: 'Inter', fontSize: rem(1), fontWeight: 700, letterSpacing: px(0), lineHeight: 1.5 },
      'typography',
    ],
  ])('%s', (_, document, path, expected, type) => {
    const result = resolveTokens([layer('global', document)]);
    expect(result.errors).toEqual([]);
    expect(result.tokens.get(path)).toEqual({ type, value: expected });
  });

  it('resolves aliases across layers, after merging', () => {
    const result = resolveTokens([
      layer('global', base),
      layer('template', { size: { xl: { $value: '{size.lg}' } } }),
      layer('region', { size: { lg: { $value: px(40) } } }),
    ]);
    expect(result.errors).toEqual([]);
    expect(value(result, 'size.xl')).toEqual(px(40));
  });
});

describe('cycles and unknown references', () => {
  it.each([
    ['a self-reference', { a: { $type: 'number', $value: '{a}' } }, ['a'], '{a} → {a}'],
    [
      'a 2-cycle',
      { $type: 'number', a: { $value: '{b}' }, b: { $value: '{a}' } },
      ['a', 'b'],
      '{a} → {b} → {a}',
    ],
    [
      'a 3-cycle',
      { $type: 'number', a: { $value: '{b}' }, b: { $value: '{c}' }, c: { $value: '{a}' } },
      ['a', 'b', 'c'],
      '{a} → {b} → {c} → {a}',
    ],
    [
      'a cycle through a composite member',
      {
        s: { $type: 'dimension', $value: '{t}' },
        t: { $type: 'border', $value: { color: srgb(0, 0, 0), width: '{s}', style: 'solid' } },
      },
      ['s', 't'],
      '{s} → {t} → {s}',
    ],
  ])('reports %s for every member', (_, document, members, cycleOfFirst) => {
    const result = resolveTokens([layer('global', document)]);
    expect(result.errors.filter((e) => e.kind === 'cycle').map((e) => e.path)).toEqual(members);
    expect(result.errors[0]!.message).toBe(`${members[0]}: alias cycle ${cycleOfFirst}`);
    for (const member of members) expect(result.tokens.has(member)).toBe(false);
  });

  it('names the layer that closed a cycle across layers and reports dependants as broken', () => {
    const result = resolveTokens([
      layer('global', base),
      layer('tenant', {
        color: {
          brand: { primary: { $value: '{color.accent}' } },
          accent: { $value: '{color.brand.secondary}' },
        },
      }),
      layer('region', { color: { brand: { secondary: { $value: '{color.text.link}' } } } }),
    ]);
    expect(summary(result.errors)).toEqual([
      'cycle color.accent [region]',
      'cycle color.brand.primary [region]',
      'cycle color.brand.secondary [region]',
      'cycle color.text.link [region]',
    ]);
    const dependant = resolveTokens([
      layer('global', { $type: 'number', a: { $value: '{a}' }, b: { $value: '{a}' }, c: { $value: 1 } }),
    ]);
    expect(summary(dependant.errors)).toEqual(['cycle a [global]', 'broken-reference b [global]']);
    expect(value(dependant, 'c')).toBe(1);
  });

  it.each([
    [
      'a missing token',
      { x: { $type: 'number', $value: '{nope.nothing}' } },
      'x: {nope.nothing} does not exist',
    ],
    [
      'a group',
      { g: { $type: 'number', a: { $value: 1 } }, x: { $type: 'number', $value: '{g}' } },
      'x: {g} is a group, not a token',
    ],
    [
      'a missing token inside a composite',
      { x: { $type: 'border', $value: { color: '{c.none}', width: px(1), style: 'solid' } } },
      'x: {c.none} does not exist',
    ],
  ])('reports a reference to %s', (_, document, message) => {
    const result = resolveTokens([layer('tenant', document)]);
    expect(result.errors).toEqual([
      expect.objectContaining({ kind: 'unknown-reference', layer: 'tenant', message }),
    ]);
  });
});

describe('type checks after resolution', () => {
  it.each([
    [
      'a colour token whose alias resolves to a dimension',
      { tenant: { color: { text: { link: { $value: '{size.md}' } } } } },
      'type-mismatch color.text.link [tenant]',
      /expected a color value.*\(resolved from \{size\.md\}\)/,
    ],
    [
      'a dimension with a bad unit under an inherited $type',
      { tenant: { size: { sm: { $value: { value: 1, unit: 'em' } } } } },
      'type-mismatch size.sm [tenant]',
      /size\.sm: expected a dimension value: unit must be equal to one of the allowed values \("px", "rem"\)/,
    ],
    [
      'a typography member aliasing a colour',
      {
        template: {
          t: {
            $type: 'typography',
            $value: {
              fontFamily: 'A',
              fontSize: '{color.brand.primary}',
              fontWeight: 400,
              letterSpacing: px(0),
              lineHeight: 1,
            },
          },
        },
      },
      'type-mismatch t [template]',
      /expected a typography value: fontSize/,
    ],
    [
      'a token with no type anywhere',
      { tenant: { loose: { $value: 3 } } },
      'no-type loose [tenant]',
      /has no \$type/,
    ],
  ])('reports %s', (_, layers, expected, message) => {
    const result = resolveTokens([
      layer('global', base),
      ...Object.entries(layers).map(([name, document]) => layer(name as LayerName, document)),
    ]);
    expect(summary(result.errors)).toEqual([expected]);
    expect(result.errors[0]!.message).toMatch(message);
    expect(result.tokens.has(result.errors[0]!.path)).toBe(false);
  });

  it('throws a TokenResolutionError listing every problem from resolveTokensOrThrow', () => {
    const bad = [
      layer('global', { $type: 'number', a: { $value: '{b}' }, b: { $value: '{a}' }, c: { $value: '{z}' } }),
    ];
    expect(() => resolveTokensOrThrow(bad)).toThrow(TokenResolutionError);
    try {
      resolveTokensOrThrow(bad);
    } catch (err) {
      expect((err as TokenResolutionError).errors.map((e) => e.path)).toEqual(['a', 'b', 'c']);
      expect((err as Error).message).toContain('- [global] c: {z} does not exist');
    }
    expect(resolveTokensOrThrow([layer('global', base)]).tokens.size).toBe(6);
  });
});

describe('CSS output', () => {
  it.each([
    ['srgb → hex', { $type: 'color', $value: srgb(1, 0.5, 0) }, '#ff8000'],
    ['srgb with alpha → color()', { $type: 'color', $value: srgb(1, 0, 0, 0.5) }, 'color(srgb 1 0 0 / 0.5)'],
    [
      'oklch',
      { $type: 'color', $value: { colorSpace: 'oklch', components: [0.7, 0.1, 'none'] } },
      'oklch(0.7 0.1 none)',
    ],
    ['hsl', { $type: 'color', $value: { colorSpace: 'hsl', components: [210, 50, 40] } }, 'hsl(210 50% 40%)'],
    [
      'display-p3',
      { $type: 'color', $value: { colorSpace: 'display-p3', components: [1, 0, 0] } },
      'color(display-p3 1 0 0)',
    ],
    ['px dimension', { $type: 'dimension', $value: px(16) }, '16px'],
    ['rem dimension', { $type: 'dimension', $value: rem(1.25) }, '1.25rem'],
    ['duration', { $type: 'duration', $value: { value: 200, unit: 'ms' } }, '200ms'],
    ['named font weight', { $type: 'fontWeight', $value: 'semi-bold' }, '600'],
    ['cubic bezier', { $type: 'cubicBezier', $value: [0.4, 0, 0.2, 1] }, 'cubic-bezier(0.4, 0, 0.2, 1)'],
    [
      'font family list',
      { $type: 'fontFamily', $value: ['Open Sans', 'system-ui', 'serif'] },
      '"Open Sans", system-ui, serif',
    ],
    [
      'shadow list',
      {
        $type: 'shadow',
        $value: [
          { color: srgb(0, 0, 0), offsetX: px(0), offsetY: px(1), blur: px(2), spread: px(0) },
          {
            color: srgb(0, 0, 0, 0.25),
            offsetX: px(0),
            offsetY: px(0),
            blur: px(4),
            spread: px(1),
            inset: true,
          },
        ],
      },
      '0px 1px 2px 0px #000000, inset 0px 0px 4px 1px color(srgb 0 0 0 / 0.25)',
    ],
    [
      'border',
      { $type: 'border', $value: { color: srgb(0, 0, 0), width: px(1), style: 'dashed' } },
      '1px dashed #000000',
    ],
    [
      'gradient',
      {
        $type: 'gradient',
        $value: [
          { color: srgb(1, 1, 1), position: 0 },
          { color: srgb(0, 0, 0), position: 1 },
        ],
      },
      '#ffffff 0%, #000000 100%',
    ],
  ])('%s', (_, token, css) => {
    const result = resolveTokens([layer('global', { t: token })]);
    expect(result.errors).toEqual([]);
    expect(result.css).toBe(`:root {\n  --wh-t: ${css};\n}\n`);
  });

  it('renders typography as one custom property per member', () => {
    const result = resolveTokens([
      layer('global', {
        type: {
          body: {
            $type: 'typography',
            $value: {
              fontFamily: ['Inter', 'sans-serif'],
              fontSize: rem(1),
              fontWeight: 'bold',
              letterSpacing: px(0),
              lineHeight: 1.5,
            },
          },
        },
      }),
    ]);
    expect(result.css.split('\n').slice(1, -2)).toEqual([
      '  --wh-type-body-font-family: "Inter", sans-serif;',
      '  --wh-type-body-font-size: 1rem;',
      '  --wh-type-body-font-weight: 700;',
      '  --wh-type-body-line-height: 1.5;',
      '  --wh-type-body-letter-spacing: 0px;',
    ]);
  });

  it.each([
    ['declaration break-out', 'Arial; } body { background: red', '"Arial  body  background: red"'],
    ['style element break-out', '</style><script>alert(1)</script>', '"/stylescriptalert(1)/script"'],
    ['a quote', 'Evil" , serif', '"Evil\\" , serif"'],
    ['newlines and control characters', 'A\nB\r\u0000C\u2028D', '"ABCD"'],
    ['backslash escapes', 'A\\22 \\7d', '"A22 7d"'],
    ['nothing left', ';{}<>', 'sans-serif'],
  ])('escapes hostile font family names: %s', (_, name, css) => {
    expect(cssFontFamily([name])).toBe(css);
    const result = resolveTokens([
      layer('global', base),
      layer('tenant', { font: { family: { body: { $value: [name] } } } }),
    ]);
    expect(result.errors).toEqual([]);
    const declaration = result.css.split('\n').find((l) => l.startsWith('  --wh-font-family-body:'))!;
    expect(declaration).toBe(`  --wh-font-family-body: ${css};`);
    expect(result.css).not.toMatch(/[<>]/);
    // Exactly one `{` and one `}` in the whole stylesheet: the :root block.
    expect(result.css.match(/[{}]/g)).toEqual(['{', '}']);
  });

  it('refuses two paths that would produce the same custom property', () => {
    const result = resolveTokens([
      layer('global', { $type: 'number', 'a-b': { c: { $value: 1 } }, a: { 'b-c': { $value: 2 } } }),
    ]);
    // `a-b.c` sorts first and keeps the name; `a.b-c` is refused.
    expect(summary(result.errors)).toEqual(['css-collision a.b-c [global]']);
    expect(result.css).toBe(':root {\n  --wh-a-b-c: 1;\n}\n');
  });

  it('is sorted and deterministic whatever the key order of the documents', () => {
    const forward = {
      $type: 'number',
      b: { $value: 2 },
      a: { $value: 1 },
      c: { z: { $value: 3 }, y: { $value: 4 } },
    };
    const backward = {
      c: { y: { $value: 4 }, z: { $value: 3 } },
      a: { $value: 1 },
      b: { $value: 2 },
      $type: 'number',
    };
    const one = resolveTokens([layer('global', forward)]);
    const two = resolveTokens([layer('global', backward)]);
    expect(one.css).toBe(two.css);
    expect([...one.tokens.keys()]).toEqual(['a', 'b', 'c.y', 'c.z']);
    expect([...two.tokens.keys()]).toEqual(['a', 'b', 'c.y', 'c.z']);
    expect(one.css).toBe(':root {\n  --wh-a: 1;\n  --wh-b: 2;\n  --wh-c-y: 4;\n  --wh-c-z: 3;\n}\n');
    const global = () => resolveTokens([layer('global', globalTokenDocument)]).css;
    expect(global()).toBe(global());
  });

  it('never lets a __proto__ key touch object prototypes', () => {
    const document = JSON.parse('{"__proto__": {"polluted": {"$type": "number", "$value": 1}}}');
    const result = resolveTokens([layer('tenant', document)]);
    expect(result.errors).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.tokens.get('__proto__.polluted')?.value).toBe(1);
  });
});
