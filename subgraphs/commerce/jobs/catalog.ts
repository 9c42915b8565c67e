import type { JobHandler } from '../../../core/jobs.js';
import type { Storage } from '../../../core/storage.js';
import type { CatalogTransferService } from '../services/catalog-transfer.js';

/** What the catalog CSV jobs need: the commerce subgraph's transfer service and object storage. */
export interface CatalogJobDeps {
  storage: Storage;
  transfer: Pick<CatalogTransferService, 'runExport' | 'runImport'>;
}

/**
 * `catalog.export`: writes the tenant's catalog as CSV to storage (the job row then carries the key
 * a signed download link is made from). Idempotent: a finished job is not run again.
 */
export function catalogExportHandler(deps: CatalogJobDeps): JobHandler<'catalog.export'> {
  return async (payload, job) => {
    await deps.transfer.runExport(payload.tenantId, payload.jobId, deps.storage);
    job.log.info({ catalogJob: payload.jobId }, 'catalog export written');
  };
}

/**
 * `catalog.import`: checks every row of the stored CSV and applies them in one transaction, or
 * records the row/column problems and changes nothing. Idempotent: a finished job is not run again.
 */
export function catalogImportHandler(deps: CatalogJobDeps): JobHandler<'catalog.import'> {
  return async (payload, job) => {
    await deps.transfer.runImport(payload.tenantId, payload.jobId);
    job.log.info({ catalogJob: payload.jobId }, 'catalog import finished');
  };
}
