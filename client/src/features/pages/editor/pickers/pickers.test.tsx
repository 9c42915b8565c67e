/**
 * The editor's pickers in happy-dom against a gateway stand-in: the media picker (browse, search,
 * load more, upload in place until READY, choose; the field shows the filename and thumbnail, never
 * the id), the product and collection pickers (search, prices, order; titles, never ids), the link
 * picker (pages, products, web addresses, stored as site-relative paths, shown in words), the
 * fields swapped into the Puck config, and save errors told in words. (The real journey, with the
 * stack and chromium, is test/browser/editor-pickers.test.ts.)
 */
import type { Field } from '@puckeditor/core';
import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { components } from '../../../../../../templates/components/index.js';
import { button, click, control, mount, submit, type, until } from '../../../../testing.js';
import { editorConfig, withPicked } from '../editor-config.js';
import { describeTreeError } from '../field-errors.js';
import { withPickerFields } from './fields.js';
import { describeHref, LinkField } from './LinkPicker.js';
import { MediaField, mediaPickerIo } from './MediaPicker.js';
import { CollectionField, ProductsField } from './ProductPicker.js';
import { rememberAssets, rememberProducts } from './picked.js';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');

/** A field with its value held in state, the last value written to `data-value` as JSON. */
function Harness<T>({
  initial,
  render,
}: {
  initial: T;
  render(value: T, set: (v: T) => void): React.ReactNode;
}) {
  const [value, setValue] = useState(initial);
  return <div data-value={JSON.stringify(value)}>{render(value, setValue)}</div>;
}
const stored = (container: HTMLElement) =>
  JSON.parse(container.querySelector('[data-value]')!.getAttribute('data-value')!);

function asset(id: string, status = 'READY') {
  return {
    id,
    filename: `${id}.jpg`,
    contentType: 'image/jpeg',
    size: 2048,
    kind: 'IMAGE',
    status,
    failureReason: null,
    private: false,
    alt: id === 'a1' ? 'A bowl' : null,
    width: 800,
    height: 600,
    placeholderDataUrl: null,
    dominantColor: '#336699',
    focalPoint: null,
    url: `/files/${id}/original.jpg`,
    variants:
      status === 'READY'
        ? [160, 640].map((width) => ({
            width,
            height: width,
            format: 'WEBP',
            crop: null,
            size: 10,
            url: `/files/${id}/${width}.webp`,
          }))
        : [],
    createdAt: '2026-01-01T00:00:00Z',
  };
}
const assetPage = (nodes: unknown[], hasNextPage = false) => ({
  data: {
    assets: {
      edges: nodes.map((node, i) => ({ cursor: `c${i}`, node })),
      pageInfo: { hasNextPage, endCursor: nodes.length ? `c${nodes.length - 1}` : null },
    },
  },
});
const assetDetail = (a: ReturnType<typeof asset>) => ({
  data: { asset: { ...a, allVariants: a.variants, usages: [] } },
});
const byIds = (ids: string[]) => ({
  data: { assetsByIds: ids.map((id) => ({ ...asset(id), variants: asset(id).variants })) },
});

const WRITE = ['assets:read', 'assets:write', 'content:write'];

describe('media picker', () => {
  it('browses, searches, loads more and chooses an image; the field shows its filename and thumbnail', async () => {
    const m = await mount(
      <Harness<string>
        initial=""
        render={(v, set) => <MediaField label="Image" value={v} onChange={set} />}
      />,
      WRITE,
      {
        mediaAssets: (v) =>
          v.after
            ? assetPage([asset('a2')])
            : v.search
              ? assetPage([asset('a1')])
              : assetPage([asset('a1')], true),
        mediaAsset: (v) => assetDetail(asset(String(v.id))),
        pickerAssetsByIds: (v) => byIds(v.ids as string[]),
      },
    );
    cleanup = m.unmount;
    expect(m.container.textContent).toContain('No image chosen');
    await click(button(m.container, 'Choose image'));
    await until(() => dialog()?.querySelectorAll('.picker-tile').length === 1, 'the images');
    expect(m.named('mediaAssets')[0]!.variables).toMatchObject({ type: 'IMAGE', search: null });
    await click(button(dialog()!, 'Load more images'));
    await until(() => dialog()?.querySelectorAll('.picker-tile').length === 2, 'the second page');
    expect(m.named('mediaAssets')[1]!.variables).toMatchObject({ after: 'c0' });

    type(control(dialog()!, 'Search by file name'), 'a1');
    await submit(dialog()!.querySelector('form')!);
    await until(() => m.named('mediaAssets').at(-1)!.variables.search === 'a1', 'the search');

    await click(dialog()!.querySelector<HTMLButtonElement>('.picker-tile')!);
    // The asset panel of the media library: alt text and focal point are edited in place.
    await until(() => dialog()?.querySelector('[aria-label="Edit alt text"]') !== null, 'the asset panel');
    await click(button(dialog()!, 'Use “a1.jpg”'));
    expect(dialog()).toBeNull();
    expect(stored(m.container)).toBe('a1');
    expect(m.container.querySelector('.picker-chosen')?.textContent).toBe('a1.jpg');
    expect(m.container.querySelector('.picker-chosen img')?.getAttribute('src')).toBe('/files/a1/160.webp');
    expect(m.container.textContent).not.toContain('a1 ');
  });

  it('uploads in place with progress, waits for READY and selects the new image', async () => {
    let finishPut: () => void = () => {};
    let progress: (f: number) => void = () => {};
    mediaPickerIo.putFile = (_target, _file, onProgress) => {
      progress = onProgress;
      return new Promise<void>((resolve) => {
        finishPut = resolve;
      });
    };
    mediaPickerIo.pollMs = 1;
    let listed: unknown[] = [];
    const m = await mount(
      <Harness<string>
        initial=""
        render={(v, set) => <MediaField label="Image" value={v} onChange={set} />}
      />,
      WRITE,
      {
        mediaAssets: () => assetPage(listed),
        mediaCreateUpload: () => ({
          data: {
            createUpload: {
              asset: { id: 'n1', status: 'PENDING' },
              uploadUrl: '/uploads/n1',
              method: 'PUT',
              headers: [],
              expiresAt: '2999-01-01T00:00:00Z',
            },
          },
        }),
        mediaCompleteUpload: () => ({
          data: { completeUpload: { id: 'n1', status: 'PROCESSING', failureReason: null } },
        }),
        mediaAsset: (_v, n) => {
          if (n >= 2) listed = [asset('n1')];
          return assetDetail(n >= 2 ? asset('n1') : asset('n1', 'PROCESSING'));
        },
        pickerAssetsByIds: (v) => byIds(v.ids as string[]),
      },
    );
    cleanup = m.unmount;
    await click(button(m.container, 'Choose image'));
    await until(() => dialog()?.textContent?.includes('No images yet') ?? false, 'the empty library');
    const input = dialog()!.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', {
      value: [new File([new Uint8Array(10)], 'n1.png', { type: 'image/png' })],
    });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await until(() => m.named('mediaCreateUpload').length === 1, 'createUpload');
    await act(async () => progress(0.4));
    expect(dialog()!.querySelector('progress')?.getAttribute('value')).toBe('0.4');
    await act(async () => finishPut());
    await until(
      () => dialog()?.querySelector('.picker-tile[aria-pressed="true"]') !== null,
      'the new image selected',
    );
    await click(button(dialog()!, 'Use “n1.jpg”'));
    expect(stored(m.container)).toBe('n1');
  });
});

const product = (id: string, title: string, amount: number) => ({
  id,
  title,
  slug: title.toLowerCase().replace(/ /g, '-'),
  status: 'ACTIVE',
  imageAssetIds: [`img-${id}`],
  priceRange: { min: { amount, currency: 'USD' } },
});
const PRODUCTS = [
  product('p1', 'Blue mug', 1800),
  product('p2', 'Linen towel', 2400),
  product('p3', 'Oak board', 4500),
];

describe('product and collection pickers', () => {
  it('searches products, shows prices and thumbnails, keeps the order chosen; the field shows titles', async () => {
    const m = await mount(
      <Harness<string[]> initial={[]} render={(v, set) => <ProductsField value={v} onChange={set} />} />,
      ['content:write'],
      {
        pickerProducts: (v) => {
          const found = PRODUCTS.filter((p) => !v.search || p.title.toLowerCase().includes(String(v.search)));
          return {
            data: {
              products: {
                edges: found.map((node, i) => ({ cursor: `c${i}`, node })),
                pageInfo: { hasNextPage: false, endCursor: null },
              },
            },
          };
        },
        pickerProductsByIds: (v) => ({
          data: { productsByIds: (v.ids as string[]).map((id) => PRODUCTS.find((p) => p.id === id) ?? null) },
        }),
        pickerAssetsByIds: (v) => byIds(v.ids as string[]),
      },
    );
    cleanup = m.unmount;
    await click(button(m.container, 'Choose products'));
    await until(() => dialog()?.querySelectorAll('.picker-row').length === 3, 'the products');
    expect(dialog()!.textContent).toContain('$18.00');
    expect(dialog()!.querySelector('.picker-row img')?.getAttribute('src')).toBe('/files/img-p1/160.webp');
    type(control(dialog()!, 'Search by title'), 'oak');
    await submit(dialog()!.querySelector('form')!);
    await until(() => dialog()?.querySelectorAll('.picker-row').length === 1, 'the search');
    await click(dialog()!.querySelector<HTMLButtonElement>('.picker-row')!);
    type(control(dialog()!, 'Search by title'), '');
    await submit(dialog()!.querySelector('form')!);
    await until(() => dialog()?.querySelectorAll('.picker-row').length === 3, 'all products');
    await click(dialog()!.querySelectorAll<HTMLButtonElement>('.picker-row')[0]!);
    await click(button(dialog()!, 'Use 2 products'));
    expect(stored(m.container)).toEqual(['p3', 'p1']);
    const list = m.container.querySelector('[aria-label="Chosen products"]')!;
    expect([...list.querySelectorAll('.picker-name')].map((n) => n.textContent)).toEqual([
      'Oak board',
      'Blue mug',
    ]);
    expect(list.textContent).not.toMatch(/p[13]\b/);
    await click(button(m.container, 'Move Blue mug up'));
    expect(stored(m.container)).toEqual(['p1', 'p3']);
    await click(button(m.container, 'Remove Oak board'));
    expect(stored(m.container)).toEqual(['p1']);
  });

  it('chooses a collection by title and stores its slug', async () => {
    const m = await mount(
      <Harness<string> initial="" render={(v, set) => <CollectionField value={v} onChange={set} />} />,
      ['content:write'],
      {
        pickerCollections: () => ({
          data: {
            collections: {
              edges: [
                { cursor: 'c0', node: { id: 'c1', title: 'Kitchen', slug: 'kitchen' } },
                { cursor: 'c1', node: { id: 'c2', title: 'Bath', slug: 'bath' } },
              ],
              pageInfo: { hasNextPage: false, endCursor: 'c1' },
            },
          },
        }),
        pickerCollectionProducts: (v) => ({
          data: {
            collection: {
              id: 'c2',
              products: { edges: v.slug === 'bath' ? [{ node: product('p7', 'Bath mat', 2900) }] : [] },
            },
          },
        }),
        pickerAssetsByIds: (v) => byIds(v.ids as string[]),
      },
    );
    cleanup = m.unmount;
    await click(button(m.container, 'Choose a collection'));
    type(control(dialog()!, 'Search by title'), 'bat');
    expect(dialog()!.querySelectorAll('.picker-row').length).toBe(1);
    await click(button(dialog()!, 'Bath'));
    expect(stored(m.container)).toBe('bath');
    expect(m.container.querySelector('.picker-chosen')?.textContent).toBe('Bath');
    // The canvas shows the collection's products after the chosen ones, as the renderer does.
    await until(() => m.named('pickerCollectionProducts').length === 1, 'the collection products');
    await until(
      () => (withPicked({ productIds: [], collection: 'bath' }).products as unknown[]).length === 1,
      'the cards',
    );
    expect(withPicked({ productIds: [], collection: 'bath' }).products).toMatchObject([
      { title: 'Bath mat' },
    ]);
  });
});

describe('link picker', () => {
  const answers = {
    pickerPages: () => ({
      data: {
        sites: {
          edges: [
            {
              node: {
                id: 's1',
                name: 'Shop',
                pages: {
                  edges: [
                    { node: { id: 'g1', path: '/', title: 'Home' } },
                    { node: { id: 'g2', path: '/about', title: 'About us' } },
                  ],
                },
              },
            },
          ],
        },
      },
    }),
    pickerProducts: () => ({
      data: {
        products: {
          edges: PRODUCTS.map((node, i) => ({ cursor: `c${i}`, node })),
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    }),
  };

  it('links a page, a product or a web address as site-relative paths shown in words', async () => {
    const m = await mount(
      <Harness<string>
        initial=""
        render={(v, set) => <LinkField label="Button" value={v} onChange={set} />}
      />,
      ['content:write'],
      answers,
    );
    cleanup = m.unmount;
    expect(m.container.textContent).toContain('No link');
    await click(button(m.container, 'Choose where Button goes'));
    await until(() => dialog()?.textContent?.includes('About us') ?? false, 'the pages');
    await click(button(dialog()!, /About us/));
    expect(stored(m.container)).toBe('/about');
    expect(m.container.querySelector('.picker-chosen')?.textContent).toBe('Page: About us');

    await click(button(m.container, 'Choose where Button goes'));
    await click(button(dialog()!, 'Product'));
    await until(() => dialog()?.textContent?.includes('Linen towel') ?? false, 'the products');
    await click(button(dialog()!, 'Linen towel'));
    expect(stored(m.container)).toBe('/products/linen-towel');

    await click(button(m.container, 'Choose where Button goes'));
    await click(button(dialog()!, 'Web address'));
    type(control(dialog()!, 'Web address'), 'javascript:alert(1)');
    await submit(dialog()!.querySelector('form')!);
    expect(dialog()!.querySelector('[role="alert"]')?.textContent).toContain('http(s)');
    type(control(dialog()!, 'Web address'), 'example.com/x');
    await submit(dialog()!.querySelector('form')!);
    expect(stored(m.container)).toBe('https://example.com/x');
    expect(m.container.querySelector('.picker-chosen')?.textContent).toBe(
      'Web address: https://example.com/x',
    );
  });

  it('describes stored hrefs in words', () => {
    expect(describeHref('/collections/all')).toBe('All products');
    expect(
      describeHref('/collections/kitchen', { collections: [{ slug: 'kitchen', title: 'Kitchen' }] }),
    ).toBe('Collection: Kitchen');
    expect(describeHref('/products/blue-mug?variant=v1')).toBe('Product: blue-mug');
    expect(describeHref('/')).toBe('Page: Home');
  });
});

describe('the editor config', () => {
  it('puts pickers on every asset id, href and product list, nested fields included', () => {
    const config = editorConfig();
    const fields = (name: string) => config.components[name]!.fields as Record<string, Field>;
    expect(fields('Image').assetId).toMatchObject({ type: 'custom', label: 'Image' });
    expect(fields('ProductGrid').productIds).toMatchObject({ type: 'custom', label: 'Products' });
    expect(fields('Button').href).toMatchObject({ type: 'custom', label: 'Link to' });
    const cta = fields('Hero').cta as Extract<Field, { type: 'object' }>;
    expect(cta.objectFields.href).toMatchObject({ type: 'custom' });
    const links = fields('Header').links as Extract<Field, { type: 'array' }>;
    expect(links.arrayFields.href).toMatchObject({ type: 'custom' });
    expect(withPickerFields({ heroAssetId: { type: 'text' } }).heroAssetId).toMatchObject({ type: 'custom' });
  });

  it('draws picked images and products on the canvas as the renderer would', () => {
    rememberAssets([
      {
        id: 'L1',
        filename: 'logo.png',
        alt: null,
        width: 200,
        height: 50,
        sources: [{ url: '/files/L1/64.webp', width: 64 }],
      },
    ]);
    rememberProducts([
      {
        id: 'P9',
        title: 'Tea cup',
        slug: 'tea-cup',
        price: { amount: 900, currency: 'USD' },
        imageAssetId: 'L1',
      },
    ]);
    expect(withPicked({ assetId: 'L1' }).sources).toEqual([{ url: '/files/L1/64.webp', width: 64 }]);
    expect(withPicked({ logoAssetId: 'L1' }).logoSources).toEqual([{ url: '/files/L1/64.webp', width: 64 }]);
    expect(withPicked({ productIds: ['P9', 'unknown'] }).products).toMatchObject([
      { id: 'P9', slug: 'tea-cup', title: 'Tea cup', image: { assetId: 'L1', width: 200, height: 50 } },
    ]);
  });

  it('makes a new Image and a new Product grid valid on insert', () => {
    for (const name of ['Image', 'ProductGrid'] as const) {
      const parsed = components[name].props.safeParse(components[name].defaultProps);
      expect(parsed.success, `${name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });
});

describe('save errors in words', () => {
  const tree = {
    root: { props: {} },
    content: [
      { type: 'Heading', props: { text: 'Hi' } },
      { type: 'Hero', props: { title: 'x' } },
      { type: 'Image', props: {} },
      { type: 'Columns', props: { columns: [{ items: [] }, { items: [{ type: 'Button', props: {} }] }] } },
    ],
  };
  it('names the block and the field instead of the path', () => {
    expect(describeTreeError('tree.content[2].props.assetId: Invalid input', tree)).toBe(
      'Image (3rd block on the page): “Image” needs a value',
    );
    expect(
      describeTreeError(
        'tree.content[3].props.columns[1].items[0].props.href: Links must be http(s) or start with /',
        tree,
      ),
    ).toBe('Button inside Columns (4th block on the page): “Link to” links must be http(s) or start with /');
    expect(describeTreeError('Not allowed', tree)).toBe('Not allowed');
    expect(
      describeTreeError('tree.content[1].props.title: Invalid input: expected string, received number', tree),
    ).toBe('Hero (2nd block on the page): “Title” needs text');
  });
});
