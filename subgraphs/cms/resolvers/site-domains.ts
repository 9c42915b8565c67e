import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { SiteDomainService } from '../services/site-domains.js';

/** Sites and their domains, and the tenant's default site (services/site-domains.ts). */
export function siteDomainResolvers(domains: SiteDomainService): Resolvers {
  return {
    Mutation: {
      assignSiteDomain: (_, args, { ctx }) =>
        domains.assign(ctx, args.siteId, args.host, args.primary ?? false),
      setSitePrimaryDomain: (_, args, { ctx }) => domains.makePrimary(ctx, args.siteId, args.host),
      unassignSiteDomain: (_, args, { ctx }) => domains.unassign(ctx, args.host),
      setDefaultSite: (_, args, { ctx }) => domains.setDefault(ctx, args.siteId),
    },
    Site: {
      isDefault: (site) => site.isDefault ?? false,
      domains: async (site, _, { ctx }) =>
        (await domains.domainsOf(ctx, site.id)).map((d) => ({
          host: d.host,
          isPrimary: d.isPrimary,
          assignedAt: d.createdAt.toISOString(),
        })),
    },
  };
}
