import '../core/disable-telemetry.js';
import { loadConfig } from '../core/config.js';
import { onShutdownSignal } from '../core/http.js';
import { createJobQueue } from '../core/jobs.js';
import { logger } from '../core/logger.js';
import { createStorage } from '../core/storage.js';
import { authTenantLookup } from '../core/tenant-lookup.js';
import { createAnalyticsPipeline, openAnalyticsDb } from '../subgraphs/analytics/service.js';
import { createEventBuffer } from '../subgraphs/analytics/services/event-buffer.js';
import { openAssetsDb } from '../subgraphs/assets/service.js';
import { openCmsDb } from '../subgraphs/cms/service.js';
import { createLifecycleServices } from '../subgraphs/cms/services/lifecycle.js';
import { PageService } from '../subgraphs/cms/services/page-service.js';
import { createSupergraphClient } from '../subgraphs/cms/services/supergraph-client.js';
import { attachTranslations } from '../subgraphs/cms/services/translations.js';
import { openCommerceDb } from '../subgraphs/commerce/service.js';
import { CatalogTransferService } from '../subgraphs/commerce/services/catalog-transfer.js';
import { InventoryService } from '../subgraphs/commerce/services/inventory-service.js';
import { createOrderParts } from '../subgraphs/commerce/services/order-parts.js';
import { buildHandlers } from './handlers.js';
import { startWorker } from './worker.js';

/** The worker process: `node dist/workers/main.js`. Needs REDIS_URL (without it jobs run in-process). */
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
logger(config.LOG_LEVEL);
if (!config.REDIS_URL) {
  logger().fatal('the worker process needs REDIS_URL; in embedded mode jobs run inside the services');
  process.exit(1);
}
const storage = await createStorage(config);
// The cms subgraph owns the schema and runs its migrations; the worker only opens it.
const db = await openCmsDb(config);
const assetsDb = await openAssetsDb(config);
const commerceDb = await openCommerceDb(config);
const commerceInventory = new InventoryService(commerceDb);
const catalogTransfer = new CatalogTransferService(commerceDb, commerceInventory, {
  storage,
  tenants: authTenantLookup(config, 'commerce'),
});
// A BullMQ producer: handlers that enqueue follow-up jobs go through the same queues.
const jobs = await createJobQueue(config);
// Stripe Connect events and the order-expiry sweep run here, through the same services as the API.
const commerceOrders = createOrderParts(config, commerceDb, commerceInventory, { jobs });
// The commerce subgraph schedules the sweep only when it shares a process with the job queue
// (`npm start`); on its own it has none, so the worker keeps the schedule (same id and interval).
await jobs.repeat('commerce.expire-orders', { tenantId: null }, 60_000);
// First-party analytics: flushing the Redis event buffer, aggregation, retention, purchases, exports.
const analyticsDb = await openAnalyticsDb(config);
const analyticsBuffer = createEventBuffer(config, 'analytics-worker');
const analyticsPipeline = createAnalyticsPipeline(analyticsDb, { buffer: analyticsBuffer, jobs, storage });
const pages = new PageService(db, jobs);
// Scheduled publishes run the same publish path as the API: versions, cache purge events, webhooks.
const cmsLifecycle = createLifecycleServices(config, db, pages, jobs);
// Sitemaps list each page's hreflang alternates, which need the tenant's regions (owned by auth).
attachTranslations(
  config,
  db,
  pages,
  jobs,
  cmsLifecycle.lifecycle,
  createSupergraphClient(config, () => config.gatewayInternalUrl),
);
const worker = await startWorker(
  config,
  buildHandlers({
    storage,
    mail: config,
    sites: {
      listPublishedPages: (tenantId, siteId) => pages.listPublishedPages(tenantId, siteId),
      siteBaseUrl: async (tenantId, siteId) => {
        const site = await pages.siteForJob(tenantId, siteId);
        if (!site) throw new Error(`site ${siteId} no longer exists`);
        return site.primaryHost ? `https://${site.primaryHost}` : `${config.publicUrl}/s/${site.tenantSlug}`;
      },
    },
    images: { db: () => assetsDb, settings: config },
    catalog: { transfer: () => catalogTransfer },
    analytics: { pipeline: () => analyticsPipeline },
    commerce: {
      processStripeEvent: (tenantId, eventId) => commerceOrders.webhooks.process(tenantId, eventId),
      expireDueOrders: () => commerceOrders.orders.expireAllDue(),
    },
    publishing: cmsLifecycle.publishing,
    webhooks: {
      target: (tenantId, deliveryId) => cmsLifecycle.webhooks.target(tenantId, deliveryId),
      recordAttempt: (tenantId, deliveryId, outcome) =>
        cmsLifecycle.webhooks.recordAttempt(tenantId, deliveryId, outcome),
      allowPrivate: cmsLifecycle.webhooks.allowPrivate,
      allowedPorts: cmsLifecycle.webhooks.allowedPorts,
    },
  }),
  { concurrencyByQueue: { 'image.optimize': config.IMAGE_JOB_CONCURRENCY } },
);
onShutdownSignal(async () => {
  await worker.close();
  await jobs.close();
  await cmsLifecycle.events.close();
  await db.close();
  await assetsDb.close();
  await commerceDb.close();
  await analyticsBuffer.close();
  await analyticsDb.close();
});
