/**
 * Parsing a catalog import, pure (no database): the CSV read and every row checked against the
 * product rules, assembled into products with their variants; problems name the row and column.
 * What only the database can tell (SKUs of other products, unknown collections, the plan's room)
 * is checked when the rows are applied (catalog-import-apply.ts).
 */
import { z } from 'zod';
import { AppError } from '../../../core/errors.js';
import { isUuid, unstorableStringPath } from '../../../core/input.js';
import type { CsvProblem, ProductOption } from '../entities/catalog.js';
import type { ProductStatus } from '../entities/commerce.js';
import {
  COMPARE_AT_COLUMN,
  CsvSyntaxError,
  FIXED_COLUMNS,
  fromCsvField,
  PRICE_COLUMN,
  parseCsv,
} from './catalog-csv.js';
import {
  checkVariants,
  currencySchema,
  importedProductInput,
  MAX_MONEY,
  MAX_OPTION_VALUES,
  MAX_VARIANTS,
  skuSchema,
  slugSchema,
} from './catalog-input.js';

export const MAX_IMPORT_ROWS = 10_000;
/** Problems reported per import at most (the rest are counted in the last message). */
const MAX_PROBLEMS = 200;

export interface ImportVariant {
  row: number;
  sku: string;
  title: string;
  optionValues: string[];
  weightGrams: number | null;
  stock: number | null;
  prices: { currency: string; amount: number; compareAtAmount: number | null }[];
}

export interface ImportProduct {
  row: number;
  slug: string;
  title: string | null;
  status: ProductStatus | null;
  description: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  collections: string[] | null;
  imageAssetIds: string[] | null;
  options: ProductOption[];
  variants: ImportVariant[];
}

/**
 * Cells PostgreSQL cannot store (a NUL, an unpaired surrogate), as row problems naming the column;
 * where the file does not parse, the line of the first one.
 */
export function unstorableCells(csv: string): CsvProblem[] {
  const message = (column: string | null) =>
    `${column ? `${column}: ` : ''}contains a NUL character or an unpaired surrogate`;
  let rows: string[][];
  try {
    rows = parseCsv(csv);
  } catch {
    const line = csv.split('\n').findIndex((text) => unstorableStringPath(text) !== null);
    return line < 0 ? [] : [{ row: line + 1, column: null, message: message(null) }];
  }
  const header = rows[0] ?? [];
  const problems: CsvProblem[] = [];
  rows.forEach((cells, index) => {
    cells.forEach((cell, i) => {
      if (unstorableStringPath(cell) === null) return;
      const column = index === 0 ? null : (header[i]?.trim() ?? null);
      problems.push({ row: index + 1, column, message: message(column) });
    });
  });
  return problems;
}

/** The problems a job reports: the first ones, then how many more. */
export function capProblems(problems: CsvProblem[]): CsvProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { row: 0, column: null, message: `…and ${problems.length - MAX_PROBLEMS} more problems` },
  ];
}

const wholeNumber = (what: string, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, `${what} must be a whole number (minor units for money)`)
    .transform(Number)
    .pipe(z.number().min(0, `${what} must be zero or more`).max(max, `${what} is too large`));

/** Reads and checks every row; problems name the row (1 = header) and column. */
export function parseImport(text: string): { products: ImportProduct[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError)
      return { products: [], problems: [{ row: err.row, column: null, message: err.message }] };
    throw err;
  }
  const header = (rows[0] ?? []).map((h) => h.trim());
  if (rows.length < 2)
    return { products: [], problems: [{ row: 1, column: null, message: 'No rows after the header' }] };
  if (rows.length - 1 > MAX_IMPORT_ROWS) {
    return { products: [], problems: [{ row: 1, column: null, message: `At most ${MAX_IMPORT_ROWS} rows` }] };
  }
  const known = new Set<string>(FIXED_COLUMNS);
  const seenColumns = new Set<string>();
  header.forEach((name) => {
    if (seenColumns.has(name)) problems.push({ row: 1, column: name, message: 'This column appears twice' });
    seenColumns.add(name);
    if (known.has(name)) return;
    const price = PRICE_COLUMN.exec(name) ?? COMPARE_AT_COLUMN.exec(name);
    if (price) {
      if (!currencySchema.safeParse(price[1]).success) {
        problems.push({ row: 1, column: name, message: `Unknown currency ${price[1]}` });
      }
      return;
    }
    problems.push({ row: 1, column: name, message: 'Unknown column (see the export for the format)' });
  });
  for (const required of ['slug', 'sku']) {
    if (!seenColumns.has(required))
      problems.push({ row: 1, column: required, message: 'This column is required' });
  }
  const currencies = header.map((h) => PRICE_COLUMN.exec(h)?.[1]).filter((c): c is string => !!c);
  if (currencies.length === 0) {
    problems.push({ row: 1, column: null, message: 'Add at least one price column, e.g. price_EUR' });
  }
  if (problems.length) return { products: [], problems };

  const products = new Map<string, ImportProduct>();
  const skus = new Map<string, number>();
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== header.length) {
      problems.push({
        row,
        column: null,
        message: `Expected ${header.length} fields, found ${cells.length}`,
      });
      return;
    }
    const cell = (name: string) => {
      const i = header.indexOf(name);
      return i < 0 ? '' : fromCsvField(cells[i]!).trim();
    };
    const check = <T>(column: string, schema: z.ZodType<T>, value: string): T | undefined => {
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      problems.push({ row, column, message: result.error.issues[0]!.message });
      return undefined;
    };
    const before = problems.length;
    const slug = check('slug', slugSchema, cell('slug'));
    const sku = check('sku', skuSchema, cell('sku'));
    if (sku) {
      const first = skus.get(sku.toLowerCase());
      if (first) problems.push({ row, column: 'sku', message: `SKU ${sku} is also on row ${first}` });
      else skus.set(sku.toLowerCase(), row);
    }
    const statusText = cell('status').toLowerCase();
    if (statusText && !['draft', 'active', 'archived'].includes(statusText)) {
      problems.push({ row, column: 'status', message: 'Status must be draft, active or archived' });
    }
    const title = cell('title');
    if (title.length > 200) problems.push({ row, column: 'title', message: 'Title is too long' });
    const weight = cell('weight_grams')
      ? check('weight_grams', wholeNumber('Weight', 10_000_000), cell('weight_grams'))
      : null;
    const stock = cell('stock') ? check('stock', wholeNumber('Stock', 1_000_000_000), cell('stock')) : null;
    const prices: ImportVariant['prices'] = [];
    for (const currency of currencies) {
      const amountText = cell(`price_${currency}`);
      const compareText = cell(`compare_at_${currency}`);
      if (!amountText) {
        if (compareText)
          problems.push({
            row,
            column: `compare_at_${currency}`,
            message: 'A compare-at price needs a price',
          });
        continue;
      }
      const amount = check(`price_${currency}`, wholeNumber('Price', MAX_MONEY), amountText);
      const compareAt = compareText
        ? check(`compare_at_${currency}`, wholeNumber('Compare-at price', MAX_MONEY), compareText)
        : null;
      if (amount !== undefined && compareAt != null && compareAt <= amount) {
        problems.push({
          row,
          column: `compare_at_${currency}`,
          message: 'The compare-at price must be above the price',
        });
      }
      if (amount !== undefined) prices.push({ currency, amount, compareAtAmount: compareAt ?? null });
    }
    if (prices.length === 0 && currencies.every((c) => !cell(`price_${c}`))) {
      problems.push({ row, column: `price_${currencies[0]}`, message: 'Every variant needs a price' });
    }
    const options: ProductOption[] = [];
    const optionValues: string[] = [];
    for (const n of [1, 2, 3]) {
      const name = cell(`option${n}_name`);
      const value = cell(`option${n}_value`);
      if (!name && !value) continue;
      if (!name || !value) {
        problems.push({
          row,
          column: name ? `option${n}_value` : `option${n}_name`,
          message: 'Give both the option name and value',
        });
        continue;
      }
      options.push({ name, values: [value] });
      optionValues.push(value);
    }
    const listOf = (column: string) => {
      const text = cell(column);
      return text
        ? text
            .split('|')
            .map((s) => s.trim())
            .filter(Boolean)
        : null;
    };
    const imageAssetIds = listOf('image_asset_ids');
    imageAssetIds?.forEach((id) => {
      if (!isUuid(id)) problems.push({ row, column: 'image_asset_ids', message: `${id} is not an asset id` });
    });
    if (problems.length > before || !slug || !sku) return;

    let product = products.get(slug);
    if (!product) {
      product = {
        row,
        slug,
        title: title || null,
        status: (statusText || null) as ProductStatus | null,
        description: cell('description') || null,
        seoTitle: cell('seo_title') || null,
        seoDescription: cell('seo_description') || null,
        collections: listOf('collections'),
        imageAssetIds,
        options: options.map((o) => ({ name: o.name, values: [] })),
        variants: [],
      };
      products.set(slug, product);
    }
    const names = options.map((o) => o.name);
    if (names.join('\u0000') !== product.options.map((o) => o.name).join('\u0000')) {
      problems.push({
        row,
        column: 'option1_name',
        message: `The option names must match the product's first row (row ${product.row})`,
      });
      return;
    }
    optionValues.forEach((value, i) => {
      if (!product.options[i]!.values.includes(value)) product.options[i]!.values.push(value);
    });
    product.variants.push({
      row,
      sku,
      title: cell('variant_title'),
      optionValues,
      weightGrams: weight ?? null,
      stock: stock ?? null,
      prices,
    });
  });
  for (const product of products.values()) {
    const fieldProblems = productFieldProblems(product);
    if (fieldProblems.length) {
      problems.push(...fieldProblems);
      continue;
    }
    try {
      checkVariants(product.options, product.variants);
    } catch (err) {
      const field = err instanceof AppError ? String(err.extensions.field ?? '') : '';
      const index = Number(/^variants\.(\d+)/.exec(field)?.[1] ?? 0);
      const variant = product.variants[index];
      problems.push({
        row: variant?.row ?? product.row,
        column: field.includes('price') ? `price_${variant?.prices[0]?.currency ?? ''}` : 'option1_value',
        message: (err as Error).message.replace(/^[\w.]+: /, ''),
      });
    }
  }
  return { products: [...products.values()], problems };
}

/**
 * The createProduct/updateProduct field rules (catalog-input.ts) applied to a product assembled
 * from its rows: lengths, SEO, images, collections, option values and variants per product.
 * Problems name the row they come from (a variant's own row, else the product's first row).
 */
function productFieldProblems(product: ImportProduct): CsvProblem[] {
  const result = importedProductInput.safeParse({
    title: product.title,
    description: product.description,
    seo: { title: product.seoTitle, description: product.seoDescription },
    options: product.options,
    imageAssetIds: product.imageAssetIds,
    collectionSlugs: product.collections,
    variants: product.variants.map((v) => ({
      sku: v.sku,
      title: v.title || null,
      optionValues: v.optionValues,
      weightGrams: v.weightGrams,
      prices: v.prices,
    })),
  });
  if (result.success) return [];
  const seen = new Set<string>();
  const out: CsvProblem[] = [];
  for (const issue of result.error.issues) {
    const problem = locateIssue(product, issue.path, issue.message);
    const key = `${problem.row}:${problem.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}

/** Where in the file a zod issue on an assembled product comes from. */
function locateIssue(product: ImportProduct, path: readonly PropertyKey[], message: string): CsvProblem {
  const [field, index, sub, subIndex] = path;
  const at = (row: number, column: string): CsvProblem => ({ row, column, message });
  switch (field) {
    case 'title':
      return at(product.row, 'title');
    case 'description':
      return at(product.row, 'description');
    case 'seo':
      return at(product.row, index === 'title' ? 'seo_title' : 'seo_description');
    case 'imageAssetIds':
      return at(product.row, 'image_asset_ids');
    case 'collectionSlugs':
      return at(product.row, 'collections');
    case 'options': {
      if (typeof index !== 'number') return at(product.row, 'option1_name');
      const n = index + 1;
      if (sub === 'name') return at(product.row, `option${n}_name`);
      // A value (or, for too many values, the first one past the limit): the first row that uses it.
      const valueIndex = typeof subIndex === 'number' ? subIndex : MAX_OPTION_VALUES;
      const value = product.options[index]?.values[valueIndex];
      const row = product.variants.find((v) => v.optionValues[index] === value)?.row ?? product.row;
      return at(value === undefined ? product.row : row, `option${n}_value`);
    }
    case 'variants': {
      if (typeof index !== 'number') {
        // Too many variants: point at the first row past the limit.
        return at(product.variants[MAX_VARIANTS]?.row ?? product.row, 'sku');
      }
      const variant = product.variants[index];
      const row = variant?.row ?? product.row;
      if (sub === 'title') return at(row, 'variant_title');
      if (sub === 'weightGrams') return at(row, 'weight_grams');
      if (sub === 'optionValues')
        return at(row, `option${typeof subIndex === 'number' ? subIndex + 1 : 1}_value`);
      if (sub === 'prices') {
        const currency = typeof subIndex === 'number' ? variant?.prices[subIndex]?.currency : undefined;
        return at(row, `price_${currency ?? variant?.prices[0]?.currency ?? ''}`);
      }
      return at(row, 'sku');
    }
    default:
      return at(product.row, String(field ?? ''));
  }
}
