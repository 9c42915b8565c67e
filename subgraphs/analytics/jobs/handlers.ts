import type { JobHandler } from '../../../core/jobs.js';
import type { AnalyticsPipeline } from '../subgraph.js';

/** What the analytics jobs need: the analytics pipeline (its database, buffer, storage). */
export interface AnalyticsJobDeps {
  pipeline: AnalyticsPipeline;
}

/** Buffered events → PostgreSQL, in batches (repeatable, platform-level). */
export function analyticsFlushHandler(deps: AnalyticsJobDeps): JobHandler<'analytics.flush'> {
  return async (_payload, job) => {
    const written = await deps.pipeline.ingest.flush();
    if (written > 0) job.log.debug({ written }, 'analytics events written');
  };
}

/** Raw events → hourly and daily aggregates: the recent window of every tenant, or one tenant's window. */
export function analyticsAggregateHandler(deps: AnalyticsJobDeps): JobHandler<'analytics.aggregate'> {
  return async (payload, job) => {
    const { aggregation } = deps.pipeline;
    if (payload.tenantId && payload.from && payload.to) {
      const rows = await aggregation.aggregateWindow(
        payload.tenantId,
        new Date(payload.from),
        new Date(payload.to),
      );
      job.log.info({ rows }, 'analytics window re-aggregated');
      return;
    }
    const done = await aggregation.aggregateRecent();
    if (done.tenants > 0) job.log.debug(done, 'analytics aggregates refreshed');
  };
}

/** Deletes raw events past each tenant's retention (repeatable, platform-level). */
export function analyticsRetentionHandler(deps: AnalyticsJobDeps): JobHandler<'analytics.retention'> {
  return async (_payload, job) => {
    const deleted = await deps.pipeline.ingest.applyRetention();
    job.log.info({ deleted }, 'analytics retention applied');
  };
}

/** Writes one CSV export to storage. */
export function analyticsExportHandler(deps: AnalyticsJobDeps): JobHandler<'analytics.export'> {
  return (payload) => deps.pipeline.dashboard.runExport(payload.tenantId, payload.exportId);
}

/** A paid order → a `purchase` event (idempotent per order), then its hour and day re-aggregated. */
export function analyticsPurchaseHandler(deps: AnalyticsJobDeps): JobHandler<'analytics.purchase'> {
  return async (payload) => {
    const { ingest, aggregation } = deps.pipeline;
    const { tenantId, ...purchase } = payload;
    await ingest.recordPurchase(tenantId, purchase);
    const at = new Date(purchase.at);
    await aggregation.aggregateWindow(tenantId, at, new Date(at.getTime() + 1));
  };
}
