import '../core/disable-telemetry.js';
import { loadConfig } from '../core/config.js';
import type { OpenedJobParts } from '../core/module.js';

/**
 * The worker process: `node dist/workers/main.js`. Needs REDIS_URL (without it jobs run in-process).
 * Runs every module's job handlers (each module opens only what they need) and the mail job, and
 * keeps the modules' repeat schedules.
 */
// The configuration is checked before the service's code is loaded: a container missing a
// setting fails at once, naming it.
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
const [
  { onShutdownSignal },
  { createJobQueue },
  { logger },
  { concurrencyByKind, handlersOf, registerRepeats },
  { createStorage },
  { moduleList },
  { mailJobs },
  { startWorker },
] = await Promise.all([
  import('../core/http.js'),
  import('../core/jobs.js'),
  import('../core/logger.js'),
  import('../core/module.js'),
  import('../core/storage.js'),
  import('../subgraphs/modules.js'),
  import('./email.js'),
  import('./worker.js'),
]);
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
