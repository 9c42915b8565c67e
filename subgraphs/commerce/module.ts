import { defineJob, type SubgraphModule } from '../../core/module.js';
import type { Storage } from '../../core/storage.js';
import { catalogExportHandler, catalogImportHandler } from './jobs/catalog.js';
import { commerceExpireOrdersHandler, commerceStripeEventHandler } from './jobs/orders.js';
import './jobs/payloads.js';
import { commercePermissions } from './permissions.js';
import type { CatalogTransferService } from './services/catalog-transfer.js';
import type { OrderParts } from './services/order-parts.js';
import {
  type CommerceRouteServices,
  commerceAllEntities,
  commerceMigrations,
  commerceRoutes,
  commerceTypeDefs,
  openCommerceServices,
  startCommerceSubgraph,
} from './subgraph.js';

/** What the commerce jobs run on: the same services as the API, in the subgraph or the worker process. */
export interface CommerceJobParts {
  storage: Storage;
  transfer: CatalogTransferService;
  orders: Pick<OrderParts['orders'], 'expireAllDue'>;
  webhooks: Pick<OrderParts['webhooks'], 'process'>;
}

type CommerceService = Awaited<ReturnType<typeof startCommerceSubgraph>>;

/** Pending orders past their reservation are expired this often (PaymentIntent cancelled, stock released). */
export const EXPIRE_ORDERS_EVERY_MS = 60_000;

/** The catalog, inventory and locations, carts, checkout, orders and Stripe Connect. */
export const commerceModule: SubgraphModule<CommerceService, CommerceJobParts, CommerceRouteServices> = {
  name: 'commerce',
  typeDefs: commerceTypeDefs,
  permissions: commercePermissions,
  entities: commerceAllEntities,
  migrations: commerceMigrations,
  routes: commerceRoutes,
  start(config, deps) {
    return startCommerceSubgraph(config, {
      port: deps.port,
      storage: deps.storage,
      jobs: deps.jobs,
      tenants: deps.tenants,
    });
  },
  jobs: [
    defineJob({
      name: 'catalog.import',
      handler: catalogImportHandler,
    }),
    defineJob({
      name: 'catalog.export',
      handler: catalogExportHandler,
    }),
    defineJob({
      name: 'commerce.stripe-event',
      handler: (parts: CommerceJobParts) => commerceStripeEventHandler(orderJobDeps(parts)),
    }),
    defineJob({
      name: 'commerce.expire-orders',
      tenantless: true,
      handler: (parts: CommerceJobParts) => commerceExpireOrdersHandler(orderJobDeps(parts)),
      repeat: { payload: { tenantId: null }, everyMs: () => EXPIRE_ORDERS_EVERY_MS },
    }),
  ],
  jobParts: (running, { storage }) => ({
    storage,
    transfer: running.transfer,
    orders: running.orders,
    webhooks: running.webhooks,
  }),
  async worker(config, deps) {
    // The commerce subgraph owns the schema and runs its migrations; the worker only opens it.
    const services = await openCommerceServices(config, deps);
    return { parts: { storage: deps.storage, ...services }, close: services.close };
  },
};

function orderJobDeps(parts: CommerceJobParts) {
  return {
    processStripeEvent: (tenantId: string, eventId: string) => parts.webhooks.process(tenantId, eventId),
    expireDueOrders: () => parts.orders.expireAllDue(),
  };
}
