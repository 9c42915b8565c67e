/** `npm run bench`: runs every benchmark in turn (each prints its own figures and ratios). */
import { runGatewayBench } from './gateway/index.js';

await runGatewayBench();
