import type { JobHandler, JobPayloads } from '../../../core/jobs.js';

/** The cms PublishingService runs the publish; this module only adapts it to the job. */
export interface ScheduledPublishDeps {
  runScheduledPublish(payload: JobPayloads['page.publish']): Promise<{ published: boolean; reason?: string }>;
}

/** A scheduled publish: publishes only if the page is still at the scheduled version (else records why not). */
export function scheduledPublishHandler(deps: ScheduledPublishDeps): JobHandler<'page.publish'> {
  return async (payload, job) => {
    const outcome = await deps.runScheduledPublish(payload);
    if (outcome.published)
      job.log.info({ pageId: payload.pageId, version: payload.version }, 'scheduled publish done');
    else job.log.info({ pageId: payload.pageId, reason: outcome.reason }, 'scheduled publish skipped');
  };
}
