/** `node --import tsx bench/render/run.ts`: the render benchmark alone (see index.ts for its knobs). */
import '../../core/disable-telemetry.js';
import { fileURLToPath } from 'node:url';
import { runRenderBench } from './index.js';

// Plans with unlimited API rates, as in bench/run.ts.
process.env.PLANS_FILE ??= fileURLToPath(new URL('../plans.json', import.meta.url));

await runRenderBench();
