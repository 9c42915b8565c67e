import type { Config } from '../../core/config.js';
import { migrateDb, openDb, pingDb, type SubgraphDb } from '../../core/db.js';
import { createEventBus } from '../../core/events.js';
import type { JobQueue } from '../../core/jobs.js';
import type { SubgraphRoutes } from '../../core/module.js';
import type { Storage } from '../../core/storage.js';
import { loadTypeDefs, mergeResolvers, startSubgraph } from '../../core/subgraph.js';
import { authTenantLookup, type TenantLookup } from '../../core/tenant-lookup.js';
import { cartEntities, commerceEntities, orderEntities } from './entities/index.js';
import { Migration20261126000200_init } from './migrations/Migration20261126000200_init.js';
import { Migration20261126000300_catalog } from './migrations/Migration20261126000300_catalog.js';
import { Migration20261126060000_orders } from './migrations/Migration20261126060000_orders.js';
import { Migration20261126070000_carts } from './migrations/Migration20261126070000_carts.js';
import { Migration20261207200000_search } from './migrations/Migration20261207200000_search.js';
import { commercePermissions } from './permissions.js';
import {
  cartResolvers,
  commerceResolvers,
  createCartParts,
  onboardingResolvers,
  orderResolvers,
} from './resolvers/index.js';
import { LocationService } from './services/catalog-locations.js';
import { CatalogService } from './services/catalog-service.js';
import { CatalogTransferService } from './services/catalog-transfer.js';
import { InventoryService } from './services/inventory-service.js';
import { connectWebhookRoute, createOrderParts, type OrderDeps } from './services/order-parts.js';
import type { ConnectWebhookService } from './services/webhook-service.js';

export const commerceTypeDefs = loadTypeDefs(new URL('./schema.graphql', import.meta.url));
export const commerceMigrations = [
  { name: 'Migration20261126000200_init', class: Migration20261126000200_init },
  { name: 'Migration20261126000300_catalog', class: Migration20261126000300_catalog },
  { name: 'Migration20261126060000_orders', class: Migration20261126060000_orders },
  { name: 'Migration20261126070000_carts', class: Migration20261126070000_carts },
  { name: 'Migration20261207200000_search', class: Migration20261207200000_search },
];

/** Every entity the commerce subgraph registers (its module declares the same list). */
export const commerceAllEntities = [...commerceEntities, ...orderEntities, ...cartEntities];

export function openCommerceDb(config: Config): Promise<SubgraphDb> {
  return openDb(config, {
    schema: 'commerce',
    entities: commerceAllEntities,
    migrations: commerceMigrations,
  });
}

/** What the commerce routes are made from. */
export interface CommerceRouteServices {
  webhooks: ConnectWebhookService;
}

/** Stripe Connect's webhooks (forwarded by the gateway), besides `/graphql`. */
export const commerceRoutes: SubgraphRoutes<CommerceRouteServices> = {
  paths: [{ path: '/webhooks/stripe/connect', match: 'exact', reach: 'public' }],
  build: (_config, services) => [connectWebhookRoute(services.webhooks)],
};

interface CommerceServiceOptions extends OrderDeps {
  /** Where catalog CSV exports are written (and signed download links point). */
  storage?: Storage;
  /** The queue for catalog CSV jobs when `jobs` is not given (`jobs` also switches order events to jobs). */
  catalogJobs?: Pick<JobQueue, 'enqueue'>;
  /**
   * The tenant's plan (product and location limits, the application fee unless `planOf` is given)
   * and regions (tax and shipping); defaults to auth's internal tenant directory.
   */
  tenants?: TenantLookup;
  /** Announces a committed catalog edit of a tenant (the subgraph publishes `pages-changed`). */
  catalogChanged?: (tenantId: string) => Promise<void>;
}

/** Every commerce service, each built with its collaborators (the subgraph and the worker process alike). */
function createCommerceServices(config: Config, db: SubgraphDb, opts: CommerceServiceOptions) {
  const tenants = opts.tenants ?? authTenantLookup(config, 'commerce');
  const catalog = new CatalogService(db, tenants, undefined, opts.catalogChanged);
  const inventory = new InventoryService(db);
  const locations = new LocationService(db, inventory, tenants);
  // CSV import/export need the job queue (and storage for export download links).
  const transfer = new CatalogTransferService(db, inventory, {
    tenants,
    jobs: opts.jobs ?? opts.catalogJobs,
    storage: opts.storage,
  });
  const orderParts = createOrderParts(config, db, inventory, {
    ...opts,
    planOf: opts.planOf ?? (async (tenantId) => (await tenants(tenantId)).plan),
    mailJobs: opts.mailJobs ?? opts.catalogJobs,
  });
  const cartParts = createCartParts(config, db, orderParts.orders, tenants, opts.now);
  return { catalog, inventory, locations, transfer, ...orderParts, ...cartParts };
}

/**
 * The services the commerce jobs run on, for the worker process: the database (migrated by the
 * subgraph), catalog CSV transfers and the order side (Stripe Connect events, the expiry sweep).
 */
export async function openCommerceServices(config: Config, deps: { jobs: JobQueue; storage: Storage }) {
  const db = await openCommerceDb(config);
  return { ...createCommerceServices(config, db, deps), db, close: () => db.close() };
}

/** Opens the database, migrates, and serves the commerce subgraph. */
export async function startCommerceSubgraph(
  config: Config,
  opts: { port?: number; migrate?: boolean } & CommerceServiceOptions = {},
) {
  const db = await openCommerceDb(config);
  if (opts.migrate !== false) await migrateDb(db);
  // Product and collection edits show on storefront pages (product, collection, grids): purge them.
  const events = createEventBus(config, 'commerce');
  const services = createCommerceServices(config, db, {
    catalogChanged: (tenantId) => events.publish('pages-changed', tenantId),
    ...opts,
  });
  const { catalog, inventory, locations, transfer } = services;
  const service = await startSubgraph({
    name: 'commerce',
    config,
    typeDefs: commerceTypeDefs,
    resolvers: mergeResolvers(
      commerceResolvers({ catalog, inventory, locations, transfer }),
      orderResolvers(services.orders, services.connect),
      cartResolvers(services, config),
      onboardingResolvers(db),
    ),
    permissions: commercePermissions,
    port: opts.port ?? config.COMMERCE_PORT,
    routes: commerceRoutes.build(config, services),
    readiness: { database: () => pingDb(db) },
    onClose: async () => {
      await events.close();
      await db.close();
    },
  });
  return { ...service, ...services, db };
}
