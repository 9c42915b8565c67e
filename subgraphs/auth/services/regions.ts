import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, badInput, notFound } from '../../../core/errors.js';
import type { EventBus } from '../../../core/events.js';
import { parseInput } from '../../../core/input.js';
import { localeField } from '../../../core/locale.js';
import { logger } from '../../../core/logger.js';
import { type RegionConfig, type Tenant, TenantSchema } from '../entities/auth.js';
import type { AuditAction, AuditLog } from './audit.js';
import { parseHost } from './domains.js';
import { assertStoredPermission } from './member-role.js';
import { announceTenantChange } from './platform-admin.js';

/** Regions per tenant: each one is matched on every storefront request, so keep the list short. */
export const MAX_REGIONS = 50;
const MAX_HOSTS_PER_REGION = 10;

/** The same rule as the analytics subgraph's region codes: 1–16 lowercase letters, digits, dashes. */
const REGION_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** One lowercase path segment: `/de`, `/en-gb`. */
const PATH_PREFIX = /^\/[a-z0-9]+(-[a-z0-9]+)*$/;
/**
 * First path segments the gateway (gateway/server.ts routes), the storefront on a tenant host
 * (cart, checkout, robots/sitemap files) or a subgraph's HTTP server already answers. Those with a
 * dot can never pass PATH_PREFIX; they are listed so this reads as the full route table.
 */
export const RESERVED_PREFIXES = new Set([
  '/s',
  '/graphql',
  '/internal',
  '/preview',
  '/consent',
  '/collect',
  '/editor',
  '/uploads',
  '/files',
  '/assets',
  '/cart',
  '/checkout',
  '/health',
  '/healthz',
  '/readyz',
  '/metrics',
  '/auth',
  '/webhooks',
  '/sitemap',
  '/sitemap.xml',
  '/robots.txt',
  '/.well-known',
]);
/** Two-letter CLDR region codes that are not countries a CDN reports (UK is GB in ISO 3166). */
const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO', 'UK']);
const regionNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
const currencies = new Set(Intl.supportedValuesOf('currency'));

const regionInput = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'must not be empty')
    .max(16, 'at most 16 characters')
    .regex(REGION_CODE, 'lowercase letters, digits and single dashes, not at either end'),
  locale: localeField,
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => /^[A-Z]{3}$/.test(c) && currencies.has(c), 'an ISO 4217 currency code, e.g. `EUR`'),
  pathPrefix: z
    .string()
    .trim()
    .toLowerCase()
    .max(32, 'at most 32 characters')
    .regex(PATH_PREFIX, 'one path segment such as `/de` or `/en-gb`: lowercase letters, digits, dashes')
    .refine((p) => !RESERVED_PREFIXES.has(p), 'this path is used by WebHaze itself')
    .nullish(),
  hosts: z.array(z.string()).max(MAX_HOSTS_PER_REGION).nullish(),
  countries: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .refine(
          (c) => /^[A-Z]{2}$/.test(c) && !NOT_COUNTRIES.has(c) && regionNames.of(c) !== undefined,
          'an ISO 3166-1 alpha-2 country code, e.g. `DE`',
        ),
    )
    .max(250)
    .nullish(),
  consentRequired: z.boolean().nullish(),
});

export interface RegionView extends RegionConfig {
  isDefault: boolean;
}

const viewOf = (tenant: Tenant, region: RegionConfig): RegionView => ({
  ...region,
  isDefault: region.code === tenant.defaultRegion,
});

/**
 * A tenant's regions (tenant configuration in `auth.tenant.regions`): list, create or replace,
 * delete, choose the default. Writes lock the tenant row, validate the whole list, and store
 * nothing on error; after commit they announce `tenant-changed` (every gateway drops its cached
 * directory entry, so region resolution changes at once) and `pages-changed` (rendered pages carry
 * hreflang alternates built from the regions).
 */
export class RegionService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly audit: AuditLog,
    private readonly events: EventBus,
    private readonly platformHosts: readonly string[],
  ) {}

  async list(ctx: RequestContext): Promise<RegionView[]> {
    return withTenant(this.db, ctx, async (em) => {
      // No tenant row (a tenant known elsewhere only): no regions, so a page render's one
      // supergraph operation (which asks for them) does not fail as a whole.
      const tenant = await em.findOne(TenantSchema, { id: ctx.tenantId! });
      return tenant ? tenant.regions.map((r) => viewOf(tenant, r)) : [];
    });
  }

  /** Creates the region with this code, or replaces it (omitted lists and flags become empty/false). */
  async upsert(ctx: RequestContext, input: unknown): Promise<RegionView> {
    const data = parseInput(regionInput, input);
    const hosts = (data.hosts ?? []).map((host, i) => {
      try {
        return parseHost(host, this.platformHosts);
      } catch (err) {
        const message = err instanceof AppError ? err.message.replace(/^host: /, '') : 'not a host name';
        throw badInput(`hosts.${i}: ${message}`, `hosts.${i}`);
      }
    });
    const region: RegionConfig = {
      code: data.code,
      locale: data.locale,
      currency: data.currency,
      pathPrefix: data.pathPrefix ?? null,
      hosts: [...new Set(hosts)],
      countries: [...new Set(data.countries ?? [])],
      consentRequired: data.consentRequired ?? false,
    };
    const saved = await this.change(ctx, 'region.saved', region.code, (tenant) => {
      const others = tenant.regions.filter((r) => r.code !== region.code);
      if (others.length >= MAX_REGIONS) throw badInput(`code: at most ${MAX_REGIONS} regions`, 'code');
      for (const [i, host] of region.hosts.entries()) {
        if (!tenant.hosts.includes(host)) {
          throw badInput(
            `hosts.${i}: ${host} is not a verified domain of this tenant; add and verify it first (addDomain, verifyDomain)`,
            `hosts.${i}`,
          );
        }
        const clash = others.find((r) => r.hosts.includes(host));
        if (clash)
          throw badInput(`hosts.${i}: ${host} already belongs to region ${clash.code}`, `hosts.${i}`);
      }
      if (region.pathPrefix) {
        const clash = others.find((r) => r.pathPrefix === region.pathPrefix);
        if (clash) {
          throw badInput(
            `pathPrefix: ${region.pathPrefix} already belongs to region ${clash.code}`,
            'pathPrefix',
          );
        }
      }
      for (const [i, country] of region.countries.entries()) {
        const clash = others.find((r) => r.countries.includes(country));
        if (clash) {
          throw badInput(
            `countries.${i}: ${country} already belongs to region ${clash.code}`,
            `countries.${i}`,
          );
        }
      }
      const at = tenant.regions.findIndex((r) => r.code === region.code);
      tenant.regions =
        at >= 0 ? tenant.regions.map((r, i) => (i === at ? region : r)) : [...tenant.regions, region];
      return region;
    });
    return saved;
  }

  async delete(ctx: RequestContext, codeInput: string): Promise<boolean> {
    const code = codeInput.trim().toLowerCase();
    await this.change(ctx, 'region.deleted', code, (tenant) => {
      const region = tenant.regions.find((r) => r.code === code);
      if (!region) throw notFound('Region');
      if (tenant.defaultRegion === code) {
        throw badInput(
          'code: the default region cannot be deleted; make another region the default first',
          'code',
        );
      }
      tenant.regions = tenant.regions.filter((r) => r.code !== code);
      return region;
    });
    return true;
  }

  async setDefault(ctx: RequestContext, codeInput: string): Promise<RegionView> {
    const code = codeInput.trim().toLowerCase();
    return this.change(ctx, 'region.default', code, (tenant) => {
      const region = tenant.regions.find((r) => r.code === code);
      if (!region) throw notFound('Region');
      tenant.defaultRegion = code;
      return region;
    });
  }

  /** Locks the tenant row, applies `edit`, audits, commits, then announces the change. */
  private async change(
    ctx: RequestContext,
    action: AuditAction,
    code: string,
    edit: (tenant: Tenant) => RegionConfig,
  ): Promise<RegionView> {
    const view = await withTenant(this.db, ctx, async (em) => {
      await assertStoredPermission(em, ctx, 'settings:write');
      // FOR UPDATE: two admins editing different regions must not overwrite each other's list.
      const tenant = await em.findOne(
        TenantSchema,
        { id: ctx.tenantId! },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!tenant) throw notFound('Tenant');
      const region = edit(tenant);
      this.audit.add(em, ctx, { action, target: code, detail: { ...region } });
      await em.flush();
      return viewOf(tenant, region);
    });
    await announceTenantChange(this.events, ctx.tenantId!);
    await this.events
      .publish('pages-changed', ctx.tenantId!)
      .catch((err) => logger().warn({ err }, 'could not announce a region change to the page caches'));
    return view;
  }
}
