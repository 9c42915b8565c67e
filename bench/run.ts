/** `npm run bench`: runs every benchmark in turn (each prints its own figures and ratios). */
import '../core/disable-telemetry.js';
import { fileURLToPath } from 'node:url';
import { runAuthBench } from './auth/index.js';
import { runCollectBench } from './collect/index.js';
import { runCommerceBench } from './commerce/index.js';
import { runGatewayBench } from './gateway/index.js';
import { runImagesBench } from './images/index.js';
import { runRenderBench } from './render/index.js';

// Plans with unlimited API rates: the limiter still runs on every request, but never refuses.
process.env.PLANS_FILE ??= fileURLToPath(new URL('./plans.json', import.meta.url));

await runGatewayBench();
await runImagesBench();
await runAuthBench();
await runRenderBench();
await runCollectBench();
await runCommerceBench();
