import type { Config } from '../../../core/config.js';
import type { SubgraphDb } from '../../../core/db.js';
import { createEventBus } from '../../../core/events.js';
import type { JobQueue } from '../../../core/jobs.js';
import { parseKeyring } from '../../../core/secrets.js';
import { NavigationService } from './navigation.js';
import type { PageService } from './page-service.js';
import { PageLifecycle, PublishingService } from './publishing.js';
import { VersionService } from './versions.js';
import { WebhookService } from './webhooks.js';

/**
 * The page lifecycle services, wired the same way in the cms subgraph and the worker process:
 * versions, schedules, previews, redirects, menus and webhooks. Hooks itself into `pages` and
 * announces page changes (`pages-changed`) so every gateway purges its published-page cache.
 */
export function createLifecycleServices(
  config: Config,
  db: SubgraphDb,
  pages: PageService,
  jobs: Pick<JobQueue, 'enqueue'>,
) {
  const events = createEventBus(config, 'cms');
  const webhooks = new WebhookService(
    db,
    jobs,
    parseKeyring(config.secretsKeys),
    config.NODE_ENV === 'test' || config.WEBHOOKS_ALLOW_PRIVATE,
    config.WEBHOOKS_ALLOWED_PORTS,
  );
  const lifecycle = new PageLifecycle(events, webhooks);
  pages.lifecycle = lifecycle;
  return {
    events,
    webhooks,
    lifecycle,
    publishing: new PublishingService(db, pages, jobs, lifecycle, config),
    versions: new VersionService(db, pages),
    navigation: new NavigationService(db),
  };
}
