/**
 * The product list and editor in happy-dom against a gateway stand-in: search, status filter and
 * "Load more"; saving variants with prices in minor units; the CONFLICT dialog; stock per location;
 * and every action absent without catalog:write.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { button, buttonTexts, click, control, mount, submit, type } from '../../testing.js';
import { toMinor } from './money.js';
import { describeDraft, draftOf, inputOf } from './product-editor/product-draft.js';
import { StoreProductEditor } from './product-editor/StoreProductEditor.js';
import { StoreProducts } from './StoreProducts.js';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const listed = (id: string, title: string, status = 'ACTIVE') => ({
  id,
  title,
  slug: id,
  status,
  version: 1,
  updatedAt: '2026-01-01T00:00:00Z',
  variants: [{ id: `${id}-v`, sku: `${id.toUpperCase()}-1`, inStock: true }],
  priceRange: { min: { amount: 1250, currency: 'EUR' }, max: { amount: 1250, currency: 'EUR' } },
});

const productsPage = (nodes: unknown[], hasNextPage: boolean) => ({
  data: {
    products: {
      edges: nodes.map((node, i) => ({ cursor: `p${i}`, node })),
      pageInfo: { hasNextPage, endCursor: nodes.length ? `p${nodes.length - 1}` : null },
    },
  },
});

const LOCATIONS = [
  { id: 'l1', name: 'Main warehouse', isDefault: true },
  { id: 'l2', name: 'Shop', isDefault: false },
];

/** A USD store that also sells in euros. */
const REGIONS = [
  { code: 'us', currency: 'USD', isDefault: true },
  { code: 'de', currency: 'EUR', isDefault: false },
];

const COLLECTIONS = {
  pickerCollections: () => ({
    data: {
      collections: {
        edges: [
          { cursor: 'c1', node: { id: 'c1', title: 'Kitchen', slug: 'kitchen' } },
          { cursor: 'c2', node: { id: 'c2', title: 'Gifts', slug: 'gifts' } },
        ],
        pageInfo: { hasNextPage: false, endCursor: 'c2' },
      },
    },
  }),
};

function product(version: number, title = 'Blue mug', amount = 1250) {
  return {
    id: 'p1',
    title,
    slug: 'blue-mug',
    description: 'A mug.',
    status: 'ACTIVE',
    version,
    updatedAt: '2026-01-02T00:00:00Z',
    seo: { title: null, description: 'Stoneware.' },
    imageAssetIds: [],
    collections: [{ id: 'c1' }],
    options: [{ name: 'Size', values: ['S', 'L'] }],
    variants: [
      {
        id: 'v1',
        sku: 'MUG-S',
        title: 'S',
        optionValues: ['S'],
        weightGrams: 300,
        prices: [{ currency: 'EUR', amount, compareAtAmount: null }],
        stock: [{ location: LOCATIONS[0], onHand: 5, reserved: 1, available: 4 }],
      },
    ],
  };
}

describe('StoreProducts', () => {
  it('lists, filters by status and search, and pages with Load more', async () => {
    const m = await mount(<StoreProducts pageSize={1} />, ['catalog:read', 'catalog:write', 'orders:read'], {
      storeProducts: (v) =>
        v.after ? productsPage([listed('b', 'Bowl')], false) : productsPage([listed('a', 'Apron')], true),
    });
    cleanup = m.unmount;
    const titles = () =>
      [...m.container.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent);
    expect(titles()).toEqual(['Apron']);
    expect(m.container.querySelector('tbody tr')?.textContent).toContain('A-1');
    await click(button(m.container, 'Load more'));
    expect(m.named('storeProducts')[1]!.variables).toMatchObject({ after: 'p0', first: 1 });
    expect(titles()).toEqual(['Apron', 'Bowl']);
    expect(buttonTexts(m.container)).not.toContain('Load more');

    type(control(m.container, 'Search'), 'MUG-');
    type(control<HTMLSelectElement>(m.container, 'Status'), 'DRAFT');
    await submit(m.container.querySelector<HTMLFormElement>('form[aria-label="Search products"]')!);
    expect(m.named('storeProducts').at(-1)!.variables).toEqual({
      first: 1,
      after: null,
      search: 'MUG-',
      status: 'DRAFT',
    });
    const links = [...m.container.querySelectorAll('a')].map((a) => a.textContent);
    expect(links).toContain('New product');
  });

  it('hides New product without catalog:write and refuses a role without catalog:read', async () => {
    const reader = await mount(<StoreProducts />, ['catalog:read'], {
      storeProducts: () => productsPage([], false),
    });
    expect(reader.container.textContent).toContain('No products yet.');
    expect([...reader.container.querySelectorAll('a')].map((a) => a.textContent)).not.toContain(
      'New product',
    );
    await reader.unmount();
    const none = await mount(<StoreProducts />, [], {});
    cleanup = none.unmount;
    expect(none.container.querySelector('[role="alert"]')?.textContent).toContain(
      'cannot manage its catalog',
    );
    expect(none.calls).toHaveLength(0);
  });
});

describe('StoreProductEditor', () => {
  it('saves the edited variant with prices in minor units and the version it loaded', async () => {
    const m = await mount(<StoreProductEditor id="p1" />, ['catalog:read', 'catalog:write'], {
      ...COLLECTIONS,
      storeProduct: (_v, n) => ({
        data: { product: product(n === 1 ? 3 : 4), locations: LOCATIONS, regions: REGIONS },
      }),
      storeUpdateProduct: () => ({ data: { updateProduct: { id: 'p1', version: 4 } } }),
    });
    cleanup = m.unmount;
    type(control(m.container, 'Title'), 'Blue mug, large');
    type(control(m.container, 'Price (EUR)'), '14.9');
    type(control(m.container, 'Compare-at price (EUR)'), '19.99');
    type(control(m.container, 'Weight (grams)'), '320');
    type(control(m.container, 'Search title (default: the product title)'), 'Blue mug in stoneware');
    expect(control(m.container, 'Kitchen').checked).toBe(true);
    await click(control(m.container, 'Gifts'));
    await submit(m.container.querySelector<HTMLFormElement>('form[aria-label="Product"]')!);
    const call = m.named('storeUpdateProduct')[0]!;
    expect(call.variables).toEqual({
      id: 'p1',
      expectedVersion: 3,
      input: {
        title: 'Blue mug, large',
        slug: 'blue-mug',
        description: 'A mug.',
        status: 'ACTIVE',
        seo: { title: 'Blue mug in stoneware', description: 'Stoneware.' },
        imageAssetIds: [],
        collectionIds: ['c1', 'c2'],
        options: [{ name: 'Size', values: ['S', 'L'] }],
        variants: [
          {
            id: 'v1',
            sku: 'MUG-S',
            title: 'S',
            optionValues: ['S'],
            weightGrams: 320,
            prices: [{ currency: 'EUR', amount: 1490, compareAtAmount: 1999 }],
          },
        ],
      },
    });
    expect(m.container.querySelector('form [role="status"]')?.textContent).toBe('Saved (version 4)');
  });

  it('shows both versions on CONFLICT and saves mine over theirs when asked', async () => {
    const m = await mount(<StoreProductEditor id="p1" />, ['catalog:read', 'catalog:write'], {
      ...COLLECTIONS,
      storeProduct: (_v, n) => ({
        data: {
          product: n === 1 ? product(3) : product(n === 2 ? 4 : 5, 'Blue mug (theirs)', 1300),
          locations: LOCATIONS,
          regions: REGIONS,
        },
      }),
      storeUpdateProduct: (v) =>
        v.expectedVersion === 3
          ? {
              errors: [
                {
                  message:
                    'Product was changed by someone else (now version 4, you edited 3); reload and try again',
                  extensions: { code: 'CONFLICT', field: 'expectedVersion', currentVersion: 4 },
                },
              ],
            }
          : { data: { updateProduct: { id: 'p1', version: 5 } } },
    });
    cleanup = m.unmount;
    type(control(m.container, 'Title'), 'Blue mug (mine)');
    await submit(m.container.querySelector<HTMLFormElement>('form[aria-label="Product"]')!);
    const dialog = m.container.querySelector<HTMLElement>('[role="alertdialog"]')!;
    expect(dialog.querySelector('[aria-label="Your version"] pre')?.textContent).toContain(
      'Title: Blue mug (mine)',
    );
    const theirs = dialog.querySelector('[aria-label="Saved version 4"] pre')?.textContent ?? '';
    expect(theirs).toContain('Title: Blue mug (theirs)');
    expect(theirs).toContain('13.00 EUR');
    expect(document.activeElement?.id).toBe('product-conflict-title');
    await click(button(dialog, 'Keep my version'));
    const saves = m.named('storeUpdateProduct');
    expect(saves.map((c) => c.variables.expectedVersion)).toEqual([3, 4]);
    expect((saves[1]!.variables.input as { title: string }).title).toBe('Blue mug (mine)');
    expect(m.container.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('takes their version when asked', async () => {
    const m = await mount(<StoreProductEditor id="p1" />, ['catalog:read', 'catalog:write'], {
      ...COLLECTIONS,
      storeProduct: (_v, n) => ({
        data: {
          product: n === 1 ? product(3) : product(4, 'Theirs'),
          locations: LOCATIONS,
          regions: REGIONS,
        },
      }),
      storeUpdateProduct: () => ({
        errors: [{ message: 'changed', extensions: { code: 'CONFLICT', field: 'expectedVersion' } }],
      }),
    });
    cleanup = m.unmount;
    await submit(m.container.querySelector<HTMLFormElement>('form[aria-label="Product"]')!);
    await click(button(m.container, 'Use version 4'));
    expect(control(m.container, 'Title').value).toBe('Theirs');
    expect(m.container.textContent).toContain('Version 4');
  });

  it('points at a price it cannot read without sending anything', async () => {
    const m = await mount(<StoreProductEditor id="p1" />, ['catalog:read', 'catalog:write'], {
      ...COLLECTIONS,
      storeProduct: () => ({ data: { product: product(3), locations: LOCATIONS, regions: REGIONS } }),
    });
    cleanup = m.unmount;
    type(control(m.container, 'Price (EUR)'), '12.345');
    await submit(m.container.querySelector<HTMLFormElement>('form[aria-label="Product"]')!);
    const price = control(m.container, 'Price (EUR)');
    expect(price.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(price.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Price in EUR: an amount like 19.99',
    );
    expect(m.named('storeUpdateProduct')).toHaveLength(0);
  });

  it('creates a product priced in the currencies its regions sell in, then opens it', async () => {
    const m = await mount(<StoreProductEditor id={null} />, ['catalog:read', 'catalog:write'], {
      ...COLLECTIONS,
      storeLocations: () => ({ data: { locations: LOCATIONS, regions: REGIONS } }),
      storeCreateProduct: () => ({ data: { createProduct: { id: 'new-id', version: 1 } } }),
    });
    cleanup = m.unmount;
    expect(m.container.textContent).toContain('Priced in: USD, EUR');
    expect(m.container.textContent).not.toContain('Add a currency');
    type(control(m.container, 'Title'), 'Tea towel');
    await click(button(m.container, 'Add option'));
    type(control(m.container, 'Option 1 name'), 'Colour');
    type(control(m.container, 'Option 1 values (comma separated)'), 'Red, Blue');
    type(control(m.container, 'Colour'), 'Red');
    type(control(m.container, 'Price (USD)'), '9');
    type(control(m.container, 'Price (EUR)'), '8.50');
    await submit(m.container.querySelector<HTMLFormElement>('form[aria-label="Product"]')!);
    expect(m.named('storeCreateProduct')[0]!.variables).toEqual({
      input: {
        title: 'Tea towel',
        slug: null,
        description: '',
        status: 'DRAFT',
        seo: { title: null, description: null },
        imageAssetIds: [],
        collectionIds: [],
        options: [{ name: 'Colour', values: ['Red', 'Blue'] }],
        variants: [
          {
            optionValues: ['Red'],
            weightGrams: null,
            prices: [
              { currency: 'USD', amount: 900, compareAtAmount: null },
              { currency: 'EUR', amount: 850, compareAtAmount: null },
            ],
          },
        ],
      },
    });
    expect(window.location.pathname).toBe('/editor/store/products/new-id');
  });

  it("offers only the regions' currencies, and refuses to create a product a store without regions cannot sell", async () => {
    const usd = await mount(<StoreProductEditor id="p1" />, ['catalog:read', 'catalog:write'], {
      ...COLLECTIONS,
      storeProduct: () => ({
        data: { product: product(3), locations: LOCATIONS, regions: REGIONS.slice(0, 1) },
      }),
    });
    expect(usd.container.textContent).toContain('No region sells in EUR');
    const select = control<HTMLSelectElement>(usd.container, 'Add a currency your regions sell in');
    expect([...select.options].map((o) => o.value)).toEqual(['USD']);
    await click(button(usd.container, 'Add currency'));
    expect(control(usd.container, 'Price (USD)').value).toBe('');
    await usd.unmount();

    const m = await mount(<StoreProductEditor id={null} />, ['catalog:read', 'catalog:write'], {
      ...COLLECTIONS,
      storeLocations: () => ({ data: { locations: LOCATIONS, regions: [] } }),
    });
    cleanup = m.unmount;
    expect(m.container.querySelector('[role="alert"]')?.textContent).toContain('no regions yet');
    type(control(m.container, 'Title'), 'Tea towel');
    await submit(m.container.querySelector<HTMLFormElement>('form[aria-label="Product"]')!);
    expect(m.container.textContent).toContain('Prices: add a currency your regions sell in');
  });

  it('sets stock per location', async () => {
    const m = await mount(<StoreProductEditor id="p1" />, ['catalog:read', 'catalog:write'], {
      ...COLLECTIONS,
      storeProduct: () => ({ data: { product: product(3), locations: LOCATIONS, regions: REGIONS } }),
      storeSetStock: (v) => ({
        data: {
          setStock: {
            location: LOCATIONS[1],
            onHand: (v.input as { onHand: number }).onHand,
            reserved: 0,
            available: (v.input as { onHand: number }).onHand,
          },
        },
      }),
    });
    cleanup = m.unmount;
    const stock = m.container.querySelector<HTMLElement>('[aria-label="Stock"]')!;
    expect(control(stock, 'On hand of MUG-S at Main warehouse').value).toBe('5');
    type(control(stock, 'On hand of MUG-S at Shop'), '12');
    await submit(control(stock, 'On hand of MUG-S at Shop').closest('form')!);
    expect(m.named('storeSetStock')[0]!.variables).toEqual({
      input: { variantId: 'v1', locationId: 'l2', onHand: 12 },
    });
    expect(stock.querySelector('[role="status"]')?.textContent).toBe('Stock set to 12 at Shop');
  });

  it('is read-only without catalog:write', async () => {
    const m = await mount(<StoreProductEditor id="p1" />, ['catalog:read'], {
      ...COLLECTIONS,
      storeProduct: () => ({ data: { product: product(3), locations: LOCATIONS, regions: REGIONS } }),
    });
    cleanup = m.unmount;
    expect(buttonTexts(m.container)).toEqual([]);
    for (const fieldset of m.container.querySelectorAll('fieldset')) expect(fieldset.disabled).toBe(true);
    const stock = m.container.querySelector<HTMLElement>('[aria-label="Stock"]')!;
    expect(stock.querySelector('input')).toBeNull();
    expect(stock.textContent).toContain('1 reserved · 4 available');
  });
});

describe('product drafts', () => {
  it('round-trips a product and reads amounts per currency', () => {
    const draft = draftOf(product(3) as never);
    expect(inputOf(draft).variants?.[0]?.prices).toEqual([
      { currency: 'EUR', amount: 1250, compareAtAmount: null },
    ]);
    expect(describeDraft(draft)).toContain('Variant MUG-S [S]: 12.50 EUR, 300 g');
    expect(toMinor('19,9', 'EUR')).toBe(1990);
    expect(toMinor('500', 'JPY')).toBe(500);
    expect(toMinor('5.5', 'JPY')).toBeNull();
    expect(toMinor('-1', 'EUR')).toBeNull();
  });
});
