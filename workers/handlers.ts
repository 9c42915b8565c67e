import type { JobHandlers } from '../core/jobs.js';
import type { Storage } from '../core/storage.js';
import { emailHandler, type MailSettings } from './email.js';
import { assetDeleteHandler, type ImageJobDeps, imageOptimizeHandler, imageRecropHandler } from './images.js';
import { type ScheduledPublishDeps, scheduledPublishHandler } from './publish.js';
import { type SitemapDeps, sitemapHandler } from './sitemap.js';
import { type WebhookDeliveryDeps, webhookDeliverHandler } from './webhooks.js';

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
  return handlers;
}
