import type {
  WebhookEventType as GraphQLWebhookEventType,
  Resolvers,
} from '../__generated__/resolvers-types.js';
import type { WebhookEventType } from '../entities/lifecycle.js';
import type { NavigationService } from '../services/navigation.js';
import type { PublishingService } from '../services/publishing.js';
import type { VersionService } from '../services/versions.js';
import type { WebhookService } from '../services/webhooks.js';

const EVENT_TO_GRAPHQL: Record<WebhookEventType, GraphQLWebhookEventType> = {
  'page.published': 'PAGE_PUBLISHED',
  'page.unpublished': 'PAGE_UNPUBLISHED',
};
const EVENT_FROM_GRAPHQL: Record<GraphQLWebhookEventType, WebhookEventType> = {
  PAGE_PUBLISHED: 'page.published',
  PAGE_UNPUBLISHED: 'page.unpublished',
};

export interface LifecycleServices {
  versions: VersionService;
  publishing: PublishingService;
  navigation: NavigationService;
  webhooks: WebhookService;
}

/** The page lifecycle's fields: versions, scheduling, previews, redirects, menus and webhooks. */
export function lifecycleResolvers(s: LifecycleServices): Resolvers {
  return {
    Query: {
      redirect: (_, args, { ctx }) => s.navigation.redirect(ctx, args.path, args.siteId ?? null),
      previewPage: (_, args, { ctx }) => s.publishing.previewPage(ctx, args.token),
      pageVersionDiff: (_, args, { ctx }) => s.versions.diff(ctx, args.pageId, args.from, args.to),
      menus: (_, args, { ctx }) =>
        s.navigation.menus(ctx, args.siteId ?? null, args.first, args.after ?? null),
      menu: (_, args, { ctx }) => s.navigation.menu(ctx, args.siteId ?? null, args.handle),
      webhookEndpoints: (_, args, { ctx }) => s.webhooks.endpoints(ctx, args.first, args.after ?? null),
    },
    Mutation: {
      unpublishPage: (_, args, { ctx }) =>
        s.publishing.unpublishPage(ctx, args.id, args.expectedVersion ?? null),
      restorePageVersion: (_, args, { ctx }) =>
        s.versions.restore(ctx, args.pageId, args.version, args.expectedVersion ?? null),
      schedulePublish: (_, args, { ctx }) =>
        s.publishing.schedulePublish(ctx, args.pageId, args.at, args.expectedVersion ?? null),
      cancelScheduledPublish: (_, args, { ctx }) => s.publishing.cancelScheduledPublish(ctx, args.pageId),
      createPreviewLink: (_, args, { ctx }) =>
        s.publishing.createPreviewLink(ctx, args.pageId, args.ttlSeconds ?? 86_400, args.version ?? null),
      saveMenu: (_, args, { ctx }) => s.navigation.saveMenu(ctx, args),
      deleteMenu: (_, args, { ctx }) => s.navigation.deleteMenu(ctx, args),
      addWebhookEndpoint: (_, args, { ctx }) =>
        s.webhooks.addEndpoint(ctx, { url: args.url, events: args.events.map((e) => EVENT_FROM_GRAPHQL[e]) }),
      removeWebhookEndpoint: (_, args, { ctx }) => s.webhooks.removeEndpoint(ctx, args.id),
    },
    Page: {
      scheduledAt: (page) => page.scheduledAt?.toISOString() ?? null,
      scheduleNote: (page) => page.scheduleNote ?? null,
      seoTitle: (page) => page.seoTitle ?? null,
      seoDescription: (page) => page.seoDescription ?? null,
      canonicalUrl: (page) => page.canonicalUrl ?? null,
      ogImageAssetId: (page) => page.ogImageAssetId ?? null,
      versions: (page, args, { ctx }) => s.versions.versions(ctx, page, args.first, args.after ?? null),
    },
    PageVersion: {
      createdAt: (v) => v.createdAt.toISOString(),
    },
    PreviewLink: {
      expiresAt: (link) => link.expiresAt.toISOString(),
    },
    Menu: {
      updatedAt: (menu) => menu.updatedAt.toISOString(),
    },
    WebhookEndpoint: {
      events: (endpoint) => endpoint.events.map((e) => EVENT_TO_GRAPHQL[e]),
      createdAt: (endpoint) => endpoint.createdAt.toISOString(),
      deliveries: (endpoint, args, { ctx }) =>
        s.webhooks.deliveries(ctx, endpoint.id, args.first, args.after ?? null),
    },
    WebhookDelivery: {
      eventType: (d) => EVENT_TO_GRAPHQL[d.eventType],
      status: (d) => d.status.toUpperCase(),
      createdAt: (d) => d.createdAt.toISOString(),
    },
  };
}
