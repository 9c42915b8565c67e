/** The job kinds the assets subgraph owns (handlers: jobs/images.ts, registered by module.ts). */
declare module '../../../core/jobs.js' {
  interface JobPayloads {
    /** Makes an uploaded image's variants, placeholder and dominant colour. */
    'image.optimize': { tenantId: string; assetId: string };
    /** Regenerates a ready image's focal-point crops after its focal point moved. */
    'image.recrop': { tenantId: string; assetId: string; focalVersion: string };
    /** Removes a deleted asset's objects: the original and every variant under `prefix`. */
    'asset.delete': { tenantId: string; assetId: string; storageKey: string; prefix: string };
  }
}

export {};
