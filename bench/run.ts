/** `npm run bench`: runs every benchmark in turn (each prints its own figures and ratios). */
import { runAuthBench } from './auth/index.js';
import { runGatewayBench } from './gateway/index.js';
import { runImagesBench } from './images/index.js';
import { runRenderBench } from './render/index.js';

await runGatewayBench();
await runImagesBench();
await runAuthBench();
await runRenderBench();
