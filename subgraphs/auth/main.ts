import { loadConfig } from '../../core/config.js';
import { onShutdownSignal } from '../../core/http.js';
import { startAuthSubgraph } from './service.js';

const service = await startAuthSubgraph(loadConfig());
onShutdownSignal(() => service.close());
