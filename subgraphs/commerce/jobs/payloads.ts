/** The job kinds the commerce subgraph owns (handlers: jobs/, registered by module.ts). */
declare module '../../../core/jobs.js' {
  interface JobPayloads {
    /** Runs one catalog CSV import (jobs/catalog.ts); the catalog_job row holds the CSV. */
    'catalog.import': { tenantId: string; jobId: string };
    /** Writes the catalog as CSV to storage (jobs/catalog.ts) for a signed download. */
    'catalog.export': { tenantId: string; jobId: string };
    /** Applies one stored Stripe Connect webhook event to the tenant's orders (jobs/orders.ts). */
    'commerce.stripe-event': { tenantId: string; eventId: string };
    /** Platform-level sweep: expires pending orders past their reservation (PaymentIntent cancelled first). */
    'commerce.expire-orders': { tenantId: null };
  }
}

export {};
