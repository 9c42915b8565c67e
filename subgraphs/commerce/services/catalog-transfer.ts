import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, badInput, notFound, publicMessage } from '../../../core/errors.js';
import { isUuid } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { type Storage, tenantKey } from '../../../core/storage.js';
import { planOfTenant, type TenantLookup } from '../../../core/tenant-lookup.js';
import { type CatalogJob, CatalogJobSchema, type CsvProblem } from '../entities/catalog.js';
import { buildExport } from './catalog-export.js';
import { applyImport } from './catalog-import-apply.js';
import { capProblems, parseImport, unstorableCells } from './catalog-import-parse.js';
import { mapUniqueViolation } from './catalog-service.js';
import type { InventoryService } from './inventory-service.js';

/** The most an import may be (the gateway's request body limit is 1 MB). */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** How long an export's download link works. */
export const DOWNLOAD_TTL_SECONDS = 600;

export function exportKey(tenantId: string, jobId: string): string {
  return tenantKey(tenantId, 'catalog-exports', `${jobId}.csv`);
}

/**
 * CSV import and export of the catalog as worker jobs. Requesting one stores a `catalog_job`
 * row and enqueues `catalog.import` / `catalog.export` (keyed by the job id, so a redelivered job
 * finds its row finished and does nothing). An import is parsed and checked row by row first
 * (catalog-import-parse.ts) and applied (catalog-import-apply.ts) in one transaction only when every
 * row is valid: all or nothing. The export's rows come from catalog-export.ts.
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
