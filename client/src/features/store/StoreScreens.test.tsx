/**
 * Component tests (happy-dom) of the store's other screens: collections (products chosen with the
 * picker, every product kept on save, confirmed delete), discount codes (created in a region's
 * currency, switched on and off, the server's refusal in words), shipping and tax per region, and
 * the CSV import/export jobs followed to their end (row problems listed, the download link).
 */
import { describe, expect, it } from 'vitest';
import {
  button,
  click,
  container,
  mount,
  settle,
  submit,
  type,
  withScreenRoot,
} from '../../screen-testing.js';
import { control, until } from '../../testing.js';
import { CollectionEditor, Collections } from './collections/Collections.js';
import { Discounts } from './pricing/Discounts.js';
import { bpsOf, ShippingAndTax } from './pricing/ShippingAndTax.js';
import { catalogJobPolling, ImportExport } from './transfer/ImportExport.js';

withScreenRoot();

const WRITE = ['catalog:read', 'catalog:write', 'settings:read', 'settings:write'];
const REGIONS = [
  { code: 'us', currency: 'USD', isDefault: true, locale: 'en-US' },
  { code: 'de', currency: 'EUR', isDefault: false, locale: 'de-DE' },
];
const form = (label: string) => container.querySelector<HTMLFormElement>(`form[aria-label="${label}"]`);
const connection = (key: string, nodes: unknown[], hasNextPage = false) => ({
  [key]: {
    edges: nodes.map((node, i) => ({ cursor: `c${i}`, node })),
    pageInfo: { hasNextPage, endCursor: hasNextPage ? 'next' : null },
  },
});

describe('Collections', () => {
  it('lists collections by title and address', async () => {
    await mount(<Collections />, WRITE, {
      storeCollections: () => ({
        data: connection('collections', [
          { id: 'c1', title: 'Kitchen', slug: 'kitchen', description: 'Pots.' },
        ]),
      }),
    });
    expect(container.querySelector('tbody tr')?.textContent).toBe('Kitchen/collections/kitchenPots.');
    expect(container.querySelector('a[href="/editor/store/collections/new"]')).not.toBeNull();
  });

  it('keeps every product of a large collection when saving, and deletes only after confirming', async () => {
    const { calls } = await mount(<CollectionEditor id="c1" />, WRITE, {
      storeCollection: (v) => ({
        data: {
          collection: {
            id: 'c1',
            title: 'Kitchen',
            slug: 'kitchen',
            description: '',
            products: connection('x', v.after ? [{ id: 'p3' }] : [{ id: 'p1' }, { id: 'p2' }], !v.after).x,
          },
        },
      }),
      pickerProductsByIds: (v) => ({
        data: {
          productsByIds: (v.ids as string[]).map((id) => ({
            id,
            title: `Product ${id}`,
            slug: id,
            status: 'ACTIVE',
            images: [],
            priceRange: null,
          })),
        },
      }),
      storeUpdateCollection: () => ({ data: { updateCollection: { id: 'c1' } } }),
      storeDeleteCollection: () => ({ data: { deleteCollection: true } }),
    });
    type(control(container, 'Title'), 'Kitchenware');
    await submit(form('Collection'));
    expect(calls.find((c) => c.name === 'storeUpdateCollection')!.variables).toEqual({
      id: 'c1',
      input: { title: 'Kitchenware', slug: 'kitchen', description: '', productIds: ['p1', 'p2', 'p3'] },
    });
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Saved');
    await click(button('Delete collection…'));
    await click(button('Cancel'));
    expect(calls.some((c) => c.name === 'storeDeleteCollection')).toBe(false);
    await click(button('Delete collection…'));
    await click(button('Delete collection'));
    expect(calls.find((c) => c.name === 'storeDeleteCollection')!.variables).toEqual({ id: 'c1' });
    expect(window.location.pathname).toBe('/editor/store/collections');
  });
});

describe('Discounts', () => {
  const code = (over: Record<string, unknown> = {}) => ({
    id: 'd1',
    code: 'SUMMER',
    kind: 'PERCENTAGE',
    percentOff: 10,
    amountOff: null,
    minSubtotal: null,
    usageLimit: 100,
    used: 3,
    startsAt: null,
    expiresAt: null,
    active: true,
    ...over,
  });

  it('lists codes in words and switches one off', async () => {
    const { calls } = await mount(<Discounts />, WRITE, {
      storeDiscounts: () => ({ data: { ...connection('discountCodes', [code()]), regions: REGIONS } }),
      storeSetDiscountActive: (v) => ({ data: { setDiscountCodeActive: code({ active: v.active }) } }),
    });
    expect(container.querySelector('tbody tr')?.textContent).toContain('10 % off3 of 100');
    await click(button('SUMMER: on'));
    expect(calls.find((c) => c.name === 'storeSetDiscountActive')!.variables).toEqual({
      id: 'd1',
      active: false,
    });
    expect(button('SUMMER: off').getAttribute('aria-pressed')).toBe('false');
  });

  it('creates a fixed discount in a currency the regions sell in, and shows a refusal in words', async () => {
    const { calls } = await mount(<Discounts />, WRITE, {
      storeDiscounts: () => ({ data: { ...connection('discountCodes', []), regions: REGIONS } }),
      storeCreateDiscount: (v, n) =>
        n === 1
          ? {
              errors: [
                {
                  message: 'expiresAt: expiresAt must be after startsAt',
                  extensions: { code: 'BAD_USER_INPUT', field: 'input.expiresAt' },
                },
              ],
            }
          : {
              data: {
                createDiscountCode: code({
                  id: 'd2',
                  code: String((v.input as { code: string }).code).toUpperCase(),
                  kind: 'FIXED',
                  percentOff: null,
                  amountOff: { amount: 500, currency: 'EUR' },
                }),
              },
            },
    });
    type(control(container, 'Code visitors type'), 'welcome5');
    type(control<HTMLSelectElement>(container, 'Takes off'), 'FIXED');
    type(control(container, 'Amount off'), '5');
    const currency = control<HTMLSelectElement>(container, 'Currency of the amounts');
    expect([...currency.options].map((o) => o.value)).toEqual(['USD', 'EUR']);
    type(currency, 'EUR');
    type(control(container, 'Minimum order (optional)'), '30');
    await submit(form('New discount code'));
    expect(container.querySelector('form .error')?.textContent).toBe('The end must be after the start');
    await submit(form('New discount code'));
    expect(calls.filter((c) => c.name === 'storeCreateDiscount')[1]!.variables).toEqual({
      input: {
        code: 'welcome5',
        kind: 'FIXED',
        percentOff: null,
        amountOff: 500,
        currency: 'EUR',
        minSubtotal: 3000,
        usageLimit: null,
        startsAt: null,
        expiresAt: null,
      },
    });
    expect(container.querySelector('tbody')?.textContent).toContain('WELCOME5');
  });
});

describe('Shipping and tax', () => {
  const answers = () => {
    const rates = [
      { id: 'r1', region: 'de', name: 'Standard', price: { amount: 490, currency: 'EUR' }, freeOver: null },
    ];
    return {
      storeShippingAndTax: () => ({
        data: {
          regions: REGIONS,
          taxSettings: [{ region: 'de', rateBps: 1900, inclusive: true }],
          shippingRates: rates,
        },
      }),
      storeSetTax: (v: Record<string, unknown>) => ({
        data: { setTaxSetting: { ...(v.input as object), region: 'us' } },
      }),
      storeCreateShippingRate: () => ({ data: { createShippingRate: { id: 'r2' } } }),
      storeDeleteShippingRate: () => {
        rates.length = 0;
        return { data: { deleteShippingRate: true } };
      },
    };
  };

  it('sets a region’s tax in percent and adds a rate in its currency', async () => {
    const { calls } = await mount(<ShippingAndTax />, WRITE, answers());
    const de = container.querySelector<HTMLElement>('[aria-labelledby="region-de-title"]')!;
    expect(control(de, 'Tax rate (%)').value).toBe('19');
    expect(de.textContent).toContain('Standard · €4.90');
    const us = container.querySelector<HTMLElement>('[aria-labelledby="region-us-title"]')!;
    expect(us.textContent).toContain('No rates: orders in this region ship for free.');
    type(control(us, 'Tax rate (%)'), '7.25');
    type(control<HTMLSelectElement>(us, 'Prices'), 'no');
    await submit(us.querySelector('form[aria-label="Tax in US"]'));
    expect(calls.find((c) => c.name === 'storeSetTax')!.variables).toEqual({
      input: { regionCode: 'us', rateBps: 725, inclusive: false },
    });
    type(control(us, 'Rate name'), 'Express');
    type(control(us, 'Price (USD)'), '12.5');
    type(control(us, 'Free from (USD, optional)'), 'lots');
    await submit(us.querySelector('form[aria-label="New shipping rate in US"]'));
    expect(us.querySelector('.error')?.textContent).toBe('Free from: an amount in USD like 50.00');
    type(control(us, 'Free from (USD, optional)'), '100');
    await submit(us.querySelector('form[aria-label="New shipping rate in US"]'));
    expect(calls.find((c) => c.name === 'storeCreateShippingRate')!.variables).toEqual({
      input: { regionCode: 'us', name: 'Express', currency: 'USD', amount: 1250, freeOver: 10000 },
    });
  });

  it('deletes a rate only after confirming; shows a reader no forms', async () => {
    const { calls } = await mount(<ShippingAndTax />, WRITE, answers());
    await click(button('Delete Standard…'));
    await click(button('Delete Standard'));
    expect(calls.find((c) => c.name === 'storeDeleteShippingRate')!.variables).toEqual({ id: 'r1' });
    await settle();
    expect(container.textContent).not.toContain('Standard ·');
    expect(bpsOf('100.5')).toBeNull();
    expect(bpsOf('7,75')).toBe(775);
  });

  it('shows a catalog reader the settings without forms', async () => {
    await mount(<ShippingAndTax />, ['catalog:read'], answers());
    expect(container.querySelector('form')).toBeNull();
    expect(container.textContent).toContain('19 %, included in prices');
  });
});

describe('Import and export', () => {
  const job = (kind: string, status: string, over: Record<string, unknown> = {}) => ({
    id: `job-${kind}`,
    kind,
    status,
    problems: [],
    summary: [],
    downloadUrl: null,
    createdAt: '2026-11-01T10:00:00Z',
    finishedAt: null,
    ...over,
  });

  it('follows an export to its download link', async () => {
    catalogJobPolling.ms = 0;
    await mount(<ImportExport />, WRITE, {
      storeExportCatalog: () => ({ data: { exportCatalog: job('EXPORT', 'QUEUED') } }),
      storeCatalogJob: (_v, n) => ({
        data: {
          catalogJob:
            n === 1
              ? job('EXPORT', 'RUNNING')
              : job('EXPORT', 'SUCCEEDED', {
                  downloadUrl: 'https://files.example/export.csv',
                  summary: [{ name: 'rows', count: 12 }],
                }),
        },
      }),
    });
    await click(button('Export as CSV'));
    await until(() => container.textContent?.includes('Download the CSV file') ?? false, 'the download link');
    expect(container.querySelector('a[download]')?.getAttribute('href')).toBe(
      'https://files.example/export.csv',
    );
    expect(container.textContent).toContain('12 rows exported');
    expect(container.querySelector('progress')).toBeNull();
  });

  it('imports a file and lists every problem by line and column', async () => {
    catalogJobPolling.ms = 0;
    const { calls } = await mount(<ImportExport />, WRITE, {
      storeImportCatalog: () => ({ data: { importCatalog: job('IMPORT', 'RUNNING') } }),
      storeCatalogJob: () => ({
        data: {
          catalogJob: job('IMPORT', 'FAILED', {
            problems: [{ row: 3, column: 'price_EUR', message: 'price_EUR must be an amount like 19.99' }],
          }),
        },
      }),
    });
    const input = control(container, 'CSV file (at most 1 MB)');
    const file = new File(['slug,title\nmug,Mug\n'], 'catalog.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(
      () => container.querySelector('[aria-label="Problems in the file"]') !== null,
      'the problems',
    );
    expect(calls.find((c) => c.name === 'storeImportCatalog')!.variables).toEqual({
      csv: 'slug,title\nmug,Mug\n',
    });
    expect(container.querySelector('[aria-label="Problems in the file"] tbody')?.textContent).toBe(
      '3price_EURprice_EUR must be an amount like 19.99',
    );
    expect(container.textContent).toContain('Failed: nothing was changed');
  });

  it('is for catalog writers only', async () => {
    await mount(<ImportExport />, ['catalog:read'], {});
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('cannot change its catalog');
  });
});
