import { loadConfig } from '../../core/config.js';
import { onShutdownSignal } from '../../core/http.js';
import { logger } from '../../core/logger.js';
import { startAnalyticsSubgraph } from './service.js';

/** The analytics subgraph as its own process: `node dist/subgraphs/analytics/main.js`. */
const config = loadConfig();
logger(config.LOG_LEVEL);
const service = await startAnalyticsSubgraph(config);
onShutdownSignal(() => service.close());
