import type { JobHandlers } from '../core/jobs.js';
import type { Storage } from '../core/storage.js';
import { type AnalyticsJobDeps, analyticsHandlers } from '../subgraphs/analytics/jobs/handlers.js';
import {
  assetDeleteHandler,
  type ImageJobDeps,
  imageOptimizeHandler,
  imageRecropHandler,
} from '../subgraphs/assets/jobs/images.js';
import { type ScheduledPublishDeps, scheduledPublishHandler } from '../subgraphs/cms/jobs/publish.js';
import { type SitemapDeps, sitemapHandler } from '../subgraphs/cms/jobs/sitemap.js';
import { type WebhookDeliveryDeps, webhookDeliverHandler } from '../subgraphs/cms/jobs/webhook-deliver.js';
import {
  type CatalogJobDeps,
  catalogExportHandler,
  catalogImportHandler,
} from '../subgraphs/commerce/jobs/catalog.js';
import {
  type CommerceStripeEventDeps,
  commerceExpireOrdersHandler,
  commerceStripeEventHandler,
} from '../subgraphs/commerce/jobs/orders.js';
import { emailHandler, type MailSettings } from './email.js';

/** What the job handlers need from the rest of WebHaze; the entry point wires it. */
export interface HandlerDeps {
  storage: Storage;
  /** The CMS's view of sites; absent until wired, and then sitemap jobs wait in their queue. */
  sites?: Omit<SitemapDeps, 'storage'>;
  /** The assets database and image settings; absent until wired, and then image jobs wait. */
  images?: Omit<ImageJobDeps, 'storage'>;
  /** SMTP or dev-outbox settings for transactional email; absent until wired, and then emails wait. */
  mail?: MailSettings;
  /** The cms publishing service for scheduled publishes; absent until wired, and then they wait. */
  publishing?: ScheduledPublishDeps;
  /** The cms webhook deliveries; absent until wired, and then deliveries wait. */
  webhooks?: WebhookDeliveryDeps;
  /** The analytics pipeline (flush, aggregation, retention, exports, purchases); absent until wired. */
  analytics?: AnalyticsJobDeps;
  /** The commerce Stripe Connect webhook pipeline; absent until wired, and then events wait. */
  commerce?: CommerceStripeEventDeps;
  /** The commerce catalog's CSV import/export; absent until wired, and then those jobs wait. */
  catalog?: Omit<CatalogJobDeps, 'storage'>;
}

/** One entry per job kind: the handler map both the worker process and the in-process runner use. */
export function buildHandlers(deps: HandlerDeps): JobHandlers {
  const handlers: JobHandlers = {};
  if (deps.sites) handlers['sitemap.regenerate'] = sitemapHandler({ storage: deps.storage, ...deps.sites });
  if (deps.images) {
    handlers['image.optimize'] = imageOptimizeHandler({ storage: deps.storage, ...deps.images });
    handlers['image.recrop'] = imageRecropHandler({ storage: deps.storage, ...deps.images });
  }
  handlers['asset.delete'] = assetDeleteHandler(deps.storage);
  if (deps.mail) handlers['email.send'] = emailHandler(deps.mail);
  if (deps.publishing) handlers['page.publish'] = scheduledPublishHandler(deps.publishing);
  if (deps.webhooks) handlers['webhook.deliver'] = webhookDeliverHandler(deps.webhooks);
  if (deps.analytics) Object.assign(handlers, analyticsHandlers(deps.analytics));
  if (deps.commerce) {
    handlers['commerce.stripe-event'] = commerceStripeEventHandler(deps.commerce);
    handlers['commerce.expire-orders'] = commerceExpireOrdersHandler(deps.commerce);
  }
  if (deps.catalog) {
    handlers['catalog.export'] = catalogExportHandler({ storage: deps.storage, ...deps.catalog });
    handlers['catalog.import'] = catalogImportHandler({ storage: deps.storage, ...deps.catalog });
  }
  return handlers;
}
