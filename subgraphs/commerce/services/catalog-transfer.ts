import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, badInput, notFound, publicMessage } from '../../../core/errors.js';
import { isUuid, unstorableStringPath } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { assertPlanRoom } from '../../../core/plans.js';
import { type Storage, tenantKey } from '../../../core/storage.js';
import { planOfTenant, type TenantLookup } from '../../../core/tenant-lookup.js';
import { type Product, ProductSchema, type ProductStatus } from '../entities.js';
import {
  type CatalogJob,
  CatalogJobSchema,
  CollectionProductSchema,
  CollectionSchema,
  type CsvProblem,
  type ProductOption,
} from '../entities-catalog.js';
import {
  COMPARE_AT_COLUMN,
  CsvSyntaxError,
  FIXED_COLUMNS,
  fromCsvField,
  PRICE_COLUMN,
  parseCsv,
  toCsv,
} from './catalog-csv.js';
import {
  checkVariants,
  currencySchema,
  importedProductInput,
  MAX_MONEY,
  MAX_OPTION_VALUES,
  MAX_VARIANTS,
  optionsSchema,
  skuSchema,
  slugSchema,
  type VariantInput,
} from './catalog-input.js';
import { loadVariants, mapUniqueViolation, variantInputOf, writeVariants } from './catalog-service.js';
import type { InventoryService } from './inventory-service.js';

/** The most an import may be (the gateway's request body limit is 1 MB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;
/** How long an export's download link works. */
export const DOWNLOAD_TTL_SECONDS = 600;
/** Problems reported per import at most (the rest are counted in the last message). */
const MAX_PROBLEMS = 200;

export function exportKey(tenantId: string, jobId: string): string {
  return tenantKey(tenantId, 'catalog-exports', `${jobId}.csv`);
}

/**
 * CSV import and export of the catalog as worker jobs. Requesting one stores a `catalog_job`
 * row and enqueues `catalog.import` / `catalog.export` (keyed by the job id, so a redelivered job
 * finds its row finished and does nothing). An import is checked row by row first and applied in
 * one transaction only when every row is valid: all or nothing.
 */
export class CatalogTransferService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly inventory: InventoryService,
    /** `tenants`: the tenant's plan, for the product limit an import's new products count against. */
    private readonly deps: { tenants: TenantLookup; jobs?: Pick<JobQueue, 'enqueue'>; storage?: Storage },
    private readonly now: () => Date = () => new Date(),
  ) {}

  async requestExport(ctx: RequestContext): Promise<CatalogJob> {
    const jobs = this.needJobs();
    const job = await this.createJob(ctx, 'export', null);
    await jobs.enqueue(
      'catalog.export',
      { tenantId: job.tenantId, jobId: job.id },
      { jobId: `catalog-${job.id}` },
    );
    return job;
  }

  async requestImport(ctx: RequestContext, csv: string): Promise<CatalogJob> {
    const jobs = this.needJobs();
    if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES) {
      throw badInput(`csv: at most ${MAX_IMPORT_BYTES} bytes; split the file`, 'csv');
    }
    if (csv.trim() === '') throw badInput('csv: the file is empty', 'csv');
    // A file PostgreSQL cannot store is not stored: the job is failed at once with its row problems.
    const unstorable = unstorableCells(csv);
    if (unstorable.length) return this.createJob(ctx, 'import', null, capProblems(unstorable));
    const job = await this.createJob(ctx, 'import', csv);
    await jobs.enqueue(
      'catalog.import',
      { tenantId: job.tenantId, jobId: job.id },
      { jobId: `catalog-${job.id}` },
    );
    return job;
  }

  async job(ctx: RequestContext, id: string): Promise<CatalogJob> {
    if (!isUuid(id)) throw notFound('Catalog job');
    const job = await withTenant(this.db, ctx, (em) => em.findOne(CatalogJobSchema, { id }));
    if (!job) throw notFound('Catalog job');
    return job;
  }

  /** A short-lived signed link to a finished export, or null. */
  async downloadUrl(job: CatalogJob): Promise<string | null> {
    if (job.kind !== 'export' || job.status !== 'succeeded' || !job.storageKey || !this.deps.storage)
      return null;
    return this.deps.storage.signedGetUrl(job.storageKey, DOWNLOAD_TTL_SECONDS);
  }

  private needJobs(): Pick<JobQueue, 'enqueue'> {
    if (!this.deps.jobs) {
      throw new AppError('INTERNAL_SERVER_ERROR', 'Catalog jobs are not configured', {
        reason: 'JOBS_NOT_CONFIGURED',
      });
    }
    return this.deps.jobs;
  }

  /** A queued job, or (given `refused` problems) one failed before it ever ran. */
  private createJob(
    ctx: RequestContext,
    kind: 'import' | 'export',
    input: string | null,
    refused?: CsvProblem[],
  ): Promise<CatalogJob> {
    return withTenant(this.db, ctx, async (em) => {
      const job = em.create(CatalogJobSchema, {
        id: randomUUID(),
        tenantId: ctx.tenantId!,
        kind,
        status: refused ? 'failed' : 'queued',
        input,
        storageKey: null,
        summary: null,
        problems: refused ?? [],
        requestedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        createdAt: this.now(),
        finishedAt: refused ? this.now() : null,
      });
      await em.flush();
      return job;
    });
  }

  /** Claims a queued (or crashed while running) job; null when it already finished. */
  private async claim(
    tenantId: string,
    jobId: string,
    kind: 'import' | 'export',
  ): Promise<CatalogJob | null> {
    return withTenant(this.db, { tenantId }, async (em) => {
      const job = await em.findOne(CatalogJobSchema, { id: jobId, kind });
      if (!job || job.status === 'succeeded' || job.status === 'failed') return null;
      job.status = 'running';
      await em.flush();
      return job;
    });
  }

  private finish(
    em: EntityManager,
    jobId: string,
    result: Pick<CatalogJob, 'status' | 'problems' | 'summary'> & { storageKey?: string },
  ): Promise<number> {
    return em.nativeUpdate(
      CatalogJobSchema,
      { id: jobId },
      {
        status: result.status,
        problems: result.problems,
        summary: result.summary,
        ...(result.storageKey ? { storageKey: result.storageKey } : {}),
        finishedAt: this.now(),
        // The CSV is not needed once the import is decided.
        input: null,
      },
    );
  }

  // -------------------------------------------------------------------------------------------
  // Export

  /** The worker half of an export: writes the CSV to storage and records where. */
  async runExport(tenantId: string, jobId: string, storage: Storage): Promise<void> {
    const job = await this.claim(tenantId, jobId, 'export');
    if (!job) return;
    const { csv, rows, products } = await withTenant(this.db, { tenantId }, (em) =>
      buildExport(em, this.inventory),
    );
    const key = exportKey(tenantId, jobId);
    await storage.put(key, Buffer.from(csv, 'utf8'), 'text/csv; charset=utf-8');
    await withTenant(this.db, { tenantId }, (em) =>
      this.finish(em, jobId, {
        status: 'succeeded',
        problems: [],
        summary: { rows, products },
        storageKey: key,
      }),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Import

  /** The worker half of an import: every row checked, then all applied in one transaction or none. */
  async runImport(tenantId: string, jobId: string): Promise<void> {
    const job = await this.claim(tenantId, jobId, 'import');
    if (!job) return;
    const parsed = parseImport(job.input ?? '');
    if (parsed.problems.length) {
      await withTenant(this.db, { tenantId }, (em) =>
        this.finish(em, jobId, { status: 'failed', problems: capProblems(parsed.problems), summary: null }),
      );
      return;
    }
    const plan = await planOfTenant(this.deps.tenants, tenantId);
    try {
      await withTenant(this.db, { tenantId }, async (em) => {
        const outcome = await applyImport(em, tenantId, plan, parsed.products, this.inventory, this.now());
        if ('problems' in outcome) throw new ImportRejected(outcome.problems);
        await this.finish(em, jobId, { status: 'succeeded', problems: [], summary: outcome.summary });
      });
    } catch (err) {
      const mapped = mapUniqueViolation(err);
      const problems =
        err instanceof ImportRejected
          ? err.problems
          : mapped instanceof AppError
            ? [{ row: 0, column: null, message: publicMessage(mapped, `job ${jobId}`) }]
            : null;
      if (!problems) throw err; // infrastructure trouble: let the job retry
      await withTenant(this.db, { tenantId }, (em) =>
        this.finish(em, jobId, { status: 'failed', problems: capProblems(problems), summary: null }),
      );
    }
  }
}

class ImportRejected extends Error {
  constructor(readonly problems: CsvProblem[]) {
    super('import rejected');
  }
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

function capProblems(problems: CsvProblem[]): CsvProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { row: 0, column: null, message: `…and ${problems.length - MAX_PROBLEMS} more problems` },
  ];
}

// ---------------------------------------------------------------------------------------------

async function buildExport(
  em: EntityManager,
  inventory: InventoryService,
): Promise<{ csv: string; rows: number; products: number }> {
  const products = await em.find(ProductSchema, {}, { orderBy: { slug: 'asc' } });
  const variants = await loadVariants(em, {});
  const links = await em.find(CollectionProductSchema, {});
  const collections = new Map((await em.find(CollectionSchema, {})).map((c) => [c.id, c.slug]));
  const location = await inventory.defaultLocation({ tenantId: null }, em);
  const stock = new Map(
    (
      await em.execute<{ variant_id: string; on_hand: number }[]>(
        'select variant_id, on_hand from commerce.stock_level where location_id = ?',
        [location.id],
      )
    ).map((r) => [r.variant_id, r.on_hand]),
  );
  const currencies = [...new Set(variants.flatMap((v) => v.prices.map((p) => p.currency)))].sort();
  const header = [...FIXED_COLUMNS, ...currencies.flatMap((c) => [`price_${c}`, `compare_at_${c}`])];
  const out: (string | number | null)[][] = [header];
  for (const product of products) {
    const own = variants.filter((v) => v.productId === product.id);
    const collectionSlugs = links
      .filter((l) => l.productId === product.id)
      .map((l) => collections.get(l.collectionId))
      .filter((s): s is string => !!s)
      .join('|');
    for (const variant of own) {
      const options = [0, 1, 2].flatMap((i) => [
        product.options[i]?.name ?? null,
        variant.optionValues[i] ?? null,
      ]);
      const prices = currencies.flatMap((c) => {
        const price = variant.prices.find((p) => p.currency === c);
        return [price?.amount ?? null, price?.compareAtAmount ?? null];
      });
      out.push([
        product.slug,
        product.title,
        product.status,
        product.description,
        product.seoTitle,
        product.seoDescription,
        collectionSlugs,
        product.imageAssetIds.join('|'),
        ...options,
        variant.sku,
        variant.title,
        variant.weightGrams,
        stock.get(variant.id) ?? 0,
        ...prices,
      ]);
    }
  }
  return { csv: toCsv(out), rows: out.length - 1, products: products.length };
}

interface ImportVariant {
  row: number;
  sku: string;
  title: string;
  optionValues: string[];
  weightGrams: number | null;
  stock: number | null;
  prices: { currency: string; amount: number; compareAtAmount: number | null }[];
}

interface ImportProduct {
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

/** Applies checked products in the caller's transaction; problems found against the database abort it. */
async function applyImport(
  em: EntityManager,
  tenantId: string,
  plan: string,
  products: ImportProduct[],
  inventory: InventoryService,
  now: Date,
): Promise<{ summary: Record<string, number> } | { problems: CsvProblem[] }> {
  const problems: CsvProblem[] = [];
  // FOR UPDATE, in id order: a concurrent updateProduct (which locks the product row too) either
  // finishes first and is read here, or waits and then finds the version bumped (CONFLICT); never
  // silently overwritten. One fixed order keeps two imports touching the same products deadlock-free.
  const existing = new Map(
    (
      await em.find(
        ProductSchema,
        { slug: { $in: products.map((p) => p.slug) } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
      )
    ).map((p) => [p.slug, p]),
  );
  const collectionSlugs = [...new Set(products.flatMap((p) => p.collections ?? []))];
  const collections = new Map(
    (collectionSlugs.length ? await em.find(CollectionSchema, { slug: { $in: collectionSlugs } }) : []).map(
      (c) => [c.slug, c.id],
    ),
  );
  const allSkus = products.flatMap((p) => p.variants.map((v) => v.sku));
  const skuOwners = new Map<string, { id: string; productId: string }>();
  for (let i = 0; i < allSkus.length; i += 500) {
    const chunk = allSkus.slice(i, i + 500);
    const found = await em.execute<{ id: string; sku: string; product_id: string }[]>(
      `select id, sku, product_id from commerce.variant where lower(sku) in (${chunk.map(() => '?').join(', ')})`,
      chunk.map((s) => s.toLowerCase()),
    );
    for (const f of found) skuOwners.set(f.sku.toLowerCase(), { id: f.id, productId: f.product_id });
  }
  for (const product of products) {
    const current = existing.get(product.slug);
    if (!current && !product.title) {
      problems.push({ row: product.row, column: 'title', message: 'A new product needs a title' });
    }
    for (const slug of product.collections ?? []) {
      if (!collections.has(slug))
        problems.push({ row: product.row, column: 'collections', message: `No collection ${slug}` });
    }
    for (const variant of product.variants) {
      const owner = skuOwners.get(variant.sku.toLowerCase());
      if (owner && owner.productId !== current?.id) {
        problems.push({
          row: variant.row,
          column: 'sku',
          message: `SKU ${variant.sku} belongs to another product`,
        });
      }
    }
  }
  if (problems.length) return { problems };
  const creating = products.filter((p) => !existing.has(p.slug)).length;
  if (creating > 0) {
    // Refused as a whole (AppError → the job's one problem): an import never half-fills the plan.
    await assertPlanRoom(em, tenantId, plan, 'products', () => em.count(ProductSchema, {}), {
      adding: creating,
    });
  }

  const summary = { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0 };
  const location = await inventory.defaultLocation({ tenantId }, em);
  const stockWrites: { row: number; variantId: string; onHand: number }[] = [];
  for (const product of products) {
    let target: Product | null = existing.get(product.slug) ?? null;
    const before = target ? await loadVariants(em, { productId: target.id }) : [];
    // Existing variants the file does not mention stay; mentioned ones are updated by SKU.
    const bySku = new Map(before.map((v) => [v.sku.toLowerCase(), v]));
    const options: ProductOption[] = target ? mergeOptions(target.options, product.options) : product.options;
    const merged: VariantInput[] = before.map(variantInputOf);
    for (const variant of product.variants) {
      const input: VariantInput = {
        id: bySku.get(variant.sku.toLowerCase())?.id ?? null,
        sku: variant.sku,
        title: variant.title,
        optionValues: variant.optionValues,
        weightGrams: variant.weightGrams,
        prices: variant.prices,
      };
      const at = merged.findIndex((m) => m.id && m.id === input.id);
      if (at >= 0) {
        merged[at] = input;
        summary.variantsUpdated++;
      } else {
        merged.push(input);
        summary.variantsCreated++;
      }
    }
    if (merged.length > MAX_VARIANTS) {
      return {
        problems: [
          {
            row: product.row,
            column: 'sku',
            message: `With the product's existing variants it would have ${merged.length}; a product has at most ${MAX_VARIANTS} variants`,
          },
        ],
      };
    }
    const mergedOptions = optionsSchema.safeParse(options);
    if (!mergedOptions.success) {
      return {
        problems: [
          {
            row: product.row,
            column: 'option1_value',
            message: `With the product's existing options: ${mergedOptions.error.issues[0]!.message}`,
          },
        ],
      };
    }
    try {
      checkVariants(options, merged);
    } catch (err) {
      return {
        problems: [
          {
            row: product.row,
            column: 'option1_name',
            message: `With the product's existing variants: ${(err as Error).message.replace(/^[\w.]+: /, '')}`,
          },
        ],
      };
    }
    if (!target) {
      target = em.create(ProductSchema, {
        id: randomUUID(),
        tenantId,
        title: product.title!,
        slug: product.slug,
        description: product.description ?? '',
        seoTitle: product.seoTitle,
        seoDescription: product.seoDescription,
        options,
        imageAssetIds: product.imageAssetIds ?? [],
        priceAmount: null,
        currency: merged[0]!.prices[0]!.currency,
        status: product.status ?? 'active',
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      summary.productsCreated++;
    } else {
      if (product.title) target.title = product.title;
      if (product.status) target.status = product.status;
      if (product.description !== null) target.description = product.description;
      if (product.seoTitle !== null) target.seoTitle = product.seoTitle;
      if (product.seoDescription !== null) target.seoDescription = product.seoDescription;
      if (product.imageAssetIds) target.imageAssetIds = product.imageAssetIds;
      target.options = options;
      const currencies = merged[0]!.prices.map((p) => p.currency);
      if (!target.currency || !currencies.includes(target.currency)) target.currency = currencies[0]!;
      target.version += 1;
      target.updatedAt = now;
      summary.productsUpdated++;
    }
    await em.flush();
    await writeVariants(em, target, before, merged, now);
    if (product.collections) {
      await em.nativeDelete(CollectionProductSchema, { productId: target.id });
      for (const slug of new Set(product.collections)) {
        await em.insert(CollectionProductSchema, {
          tenantId,
          collectionId: collections.get(slug)!,
          productId: target.id,
          position: 0,
        });
      }
    }
    const after = new Map(
      (await loadVariants(em, { productId: target.id })).map((v) => [v.sku.toLowerCase(), v.id]),
    );
    for (const variant of product.variants) {
      if (variant.stock === null) continue;
      stockWrites.push({
        row: variant.row,
        variantId: after.get(variant.sku.toLowerCase())!,
        onHand: variant.stock,
      });
    }
  }
  // Stock last, in (variant_id, location_id) order: the order reserve locks stock rows in, so an
  // import and a checkout touching the same variants wait for each other instead of deadlocking.
  stockWrites.sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));
  for (const write of stockWrites) {
    try {
      await inventory.setOnHand(
        { tenantId },
        { variantId: write.variantId, locationId: location.id, onHand: write.onHand },
        em,
      );
    } catch (err) {
      if (err instanceof AppError)
        return { problems: [{ row: write.row, column: 'stock', message: err.message }] };
      throw err;
    }
  }
  return { summary: { ...summary, rows: products.reduce((n, p) => n + p.variants.length, 0) } };
}

/** The product's options with the file's values added (names must match when both have options). */
function mergeOptions(current: ProductOption[], incoming: ProductOption[]): ProductOption[] {
  if (current.length === 0) return incoming;
  if (incoming.length !== current.length) return incoming.length === 0 ? current : incoming;
  return current.map((option, i) => ({
    name: option.name,
    values: [...new Set([...option.values, ...incoming[i]!.values])],
  }));
}
