import '../../core/disable-telemetry.js';
import { loadConfig } from '../../core/config.js';
import { onShutdownSignal } from '../../core/http.js';
import { logger } from '../../core/logger.js';
import { startAnalyticsSubgraph } from './service.js';

/** The analytics subgraph as its own process: `node dist/subgraphs/analytics/main.js`. */
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
logger(config.LOG_LEVEL);
// With Redis the worker process runs the analytics jobs; this process (any replica) keeps their schedules.
const service = await startAnalyticsSubgraph(config, { schedule: Boolean(config.REDIS_URL) });
onShutdownSignal(() => service.close());
