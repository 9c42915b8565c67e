import '../../core/disable-telemetry.js';
import { loadConfig } from '../../core/config.js';
import { onShutdownSignal } from '../../core/http.js';
import { logger } from '../../core/logger.js';
import { analyticsModule } from './module.js';

/** The analytics subgraph as its own process: `node dist/subgraphs/analytics/main.js`. */
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
logger(config.LOG_LEVEL);
// With Redis the worker process runs the analytics jobs and keeps their schedules (analytics/module.ts).
const service = await analyticsModule.start(config, {});
onShutdownSignal(() => service.close());
