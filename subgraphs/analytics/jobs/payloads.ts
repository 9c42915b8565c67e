/** The job kinds the analytics subgraph owns (handlers: handlers.ts, registered by ../module.ts). */
declare module '../../../core/jobs.js' {
  interface JobPayloads {
    /** Platform-level (tenantId null): moves buffered analytics events into PostgreSQL in batches. */
    'analytics.flush': { tenantId: null };
    /**
     * Rolls raw analytics events into hourly and daily aggregates. `tenantId: null` (the repeatable
     * tick) re-aggregates the recent window of every tenant that has events in it; a tenant id with
     * `from`/`to` (ISO) re-aggregates that tenant's window.
     */
    'analytics.aggregate': { tenantId: string | null; from?: string; to?: string };
    /** Platform-level: deletes raw analytics events past each tenant's retention. */
    'analytics.retention': { tenantId: null };
    /** Writes one requested analytics CSV export to storage. */
    'analytics.export': { tenantId: string; exportId: string };
    /** Records a paid order as a `purchase` event (fed by commerce). Idempotent per order id. */
    'analytics.purchase': {
      tenantId: string;
      orderId: string;
      amountMinor: number;
      currency: string;
      /** The visitor hash kept on the cart, or null when the visitor was not counted. */
      visitorHash: string | null;
      /** When the order was paid (ISO 8601). */
      at: string;
    };
  }
}

export {};
