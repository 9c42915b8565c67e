import type { PermissionMap } from '../../core/permissions.js';

/** What each root field of the cms subgraph requires (checked before its resolver runs). */
export const cmsPermissions: PermissionMap = {
  'Query.page': 'public',
  // The storefront's rendering entry: published pages and page types, as `page` shows them.
  'Query.storefrontDocument': 'public',
  'Query.pageTypeTemplates': 'content:read',
  'Mutation.savePageTypeTemplate': 'content:write',
  'Mutation.resetPageTypeTemplate': 'content:write',
  // Searches only what visitors see (published pages of the request tenant's site).
  'Query.searchPages': 'public',
  // The shipped page templates: static files, nothing of any tenant.
  'Query.templates': 'public',
  // Published navigation: where a moved page now lives, and a site's menus.
  'Query.redirect': 'public',
  'Query.menus': 'public',
  'Query.menu': 'public',
  // A site's layout is what every one of its published pages shows anyway.
  'Query.siteLayout': 'public',
  // The broken-link report is for editors (it names unpublished targets).
  'Query.siteBrokenLinks': 'content:read',
  // The preview token is the credential (HMAC-signed, expiring, tenant-bound; checked in the service).
  'Query.previewPage': 'public',
  'Query.pageVersionDiff': 'content:read',
  'Query.webhookEndpoints': 'settings:read',
  'Query.draftPage': 'content:read',
  'Query.sites': 'content:read',
  'Query.designTokens': 'public',
  'Query.tenantTokenOverrides': 'settings:read',
  // The theme as a draft (ADR 0059): guarded like the published overrides.
  'Query.tokenDrafts': 'settings:read',
  'Query.themeVersions': 'settings:read',
  // A dry run of setTenantTokens / setRegionTokens: guarded like them.
  'Query.previewDesignTokens': 'settings:write',
  'Mutation.createSite': 'settings:write',
  // A new workspace's starter site and checklist (services/onboarding.ts): members see it; asking
  // for another build or hiding the checklist is the workspace's setup, like creating a site.
  'Query.onboarding': 'content:read',
  'Mutation.buildStarterSite': 'settings:write',
  'Mutation.dismissOnboardingChecklist': 'settings:write',
  // A site's crawler settings: what its public robots.txt says anyway (storefront/seo-files.ts).
  'Query.siteIndexing': 'public',
  'Mutation.setSiteIndexing': 'settings:write',
  // Sites and domains (services/site-domains.ts also checks settings:write on the site itself).
  'Mutation.assignSiteDomain': 'settings:write',
  'Mutation.setSitePrimaryDomain': 'settings:write',
  'Mutation.unassignSiteDomain': 'settings:write',
  'Mutation.setDefaultSite': 'settings:write',
  // services/site-favicon.ts also checks settings:write on the site itself.
  'Mutation.setSiteFavicon': 'settings:write',
  'Mutation.createPageFromTemplate': 'content:write',
  'Mutation.savePage': 'content:write',
  'Mutation.publishPage': 'content:publish',
  'Mutation.unpublishPage': 'content:publish',
  'Mutation.restorePageVersion': 'content:write',
  // The trash (services/trash.ts also needs content:publish for a page that is or goes live).
  'Query.trashedPages': 'content:read',
  'Mutation.deletePage': 'content:write',
  'Mutation.restorePage': 'content:write',
  'Mutation.schedulePublish': 'content:publish',
  'Mutation.cancelScheduledPublish': 'content:publish',
  // A preview link shows a draft to anyone holding it: as strong as editing it.
  'Mutation.createPreviewLink': 'content:write',
  'Mutation.saveMenu': 'content:write',
  'Mutation.deleteMenu': 'content:write',
  // services/site-layout.ts also checks content:write on the site itself.
  'Mutation.saveSiteLayout': 'content:write',
  'Mutation.resetSiteLayout': 'content:write',
  'Mutation.addWebhookEndpoint': 'settings:write',
  'Mutation.removeWebhookEndpoint': 'settings:write',
  'Mutation.setTenantTokens': 'settings:write',
  'Mutation.setRegionTokens': 'settings:write',
  'Mutation.saveTokenDraft': 'settings:write',
  'Mutation.discardTokenDraft': 'settings:write',
  'Mutation.publishThemeDraft': 'settings:write',
  'Mutation.rollBackTheme': 'settings:write',
  // Shows a live page with the theme draft: as strong as editing the draft.
  'Mutation.createThemePreviewLink': 'settings:write',
  // Page translations (services/translations.ts also checks the page's site, and publish for deletes of live ones).
  'Mutation.savePageTranslation': 'content:write',
  'Mutation.publishPageTranslation': 'content:publish',
  'Mutation.deletePageTranslation': 'content:write',
  // Content collections (ADR 0057). The model is guarded like tenant settings until `content:model`
  // exists; services/content.ts also refuses members narrowed to some sites (types and entries are tenant-wide).
  'Query.contentTypes': 'content:read',
  'Query.contentType': 'content:read',
  // Published entries are public; `draft: true` needs content:read (checked in the service).
  'Query.entries': 'public',
  'Query.entry': 'public',
  'Mutation.createContentType': 'settings:write',
  'Mutation.updateContentType': 'settings:write',
  'Mutation.createEntry': 'content:write',
  'Mutation.updateEntry': 'content:write',
  'Mutation.publishEntry': 'content:publish',
  'Mutation.unpublishEntry': 'content:publish',
};
