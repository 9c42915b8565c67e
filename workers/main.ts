import '../core/disable-telemetry.js';
import { loadConfig } from '../core/config.js';
import { onShutdownSignal } from '../core/http.js';
import { createJobQueue } from '../core/jobs.js';
import { logger } from '../core/logger.js';
import { concurrencyByKind, handlersOf, type OpenedJobParts, registerRepeats } from '../core/module.js';
import { createStorage } from '../core/storage.js';
import { moduleList } from '../subgraphs/modules.js';
import { mailJobs } from './email.js';
import { startWorker } from './worker.js';

/**
 * The worker process: `node dist/workers/main.js`. Needs REDIS_URL (without it jobs run in-process).
 * Runs every module's job handlers (each module opens only what they need) and the mail job, and
 * keeps the modules' repeat schedules.
 */
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
logger(config.LOG_LEVEL);
if (!config.REDIS_URL) {
  logger().fatal('the worker process needs REDIS_URL; in embedded mode jobs run inside the services');
  process.exit(1);
}
const definitions = [...mailJobs, ...moduleList.flatMap((module) => module.jobs)];
const storage = await createStorage(config);
// A BullMQ producer: handlers that enqueue follow-up jobs go through the same queues.
const jobs = await createJobQueue(config, {}, { kinds: definitions });
const opened: OpenedJobParts<unknown>[] = [];
const handlers = handlersOf(mailJobs, config);
for (const module of moduleList) {
  if (module.jobs.length === 0) continue;
  const parts = await module.worker(config, { jobs, storage });
  opened.push(parts);
  Object.assign(handlers, handlersOf(module.jobs, parts.parts));
}
// Declared once, by each job's module; BullMQ keeps one schedule per kind whoever registers it.
await registerRepeats(jobs, config, definitions);
const worker = await startWorker(config, handlers, {
  concurrencyByQueue: concurrencyByKind(config, definitions),
});
onShutdownSignal(async () => {
  await worker.close();
  await jobs.close();
  for (const parts of opened) await parts.close();
});
