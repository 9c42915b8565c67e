/**
 * `npm start`: every WebHaze service in one process. With nothing configured it runs on embedded
 * stand-ins (PGlite, in-process jobs, local disk) and seeds a demo tenant.
 */
import './core/disable-telemetry.js';
import { loadConfig } from './core/config.js';
import { onShutdownSignal } from './core/http.js';
import { logger } from './core/logger.js';
import { DEMO } from './stack/seed.js';
import { startStack } from './stack/start.js';

const started = performance.now();
const config = loadConfig({
  NODE_ENV: process.argv.includes('--dev') ? 'development' : undefined,
  ...process.env,
});
const log = logger(config.LOG_LEVEL);
const stack = await startStack(config);
onShutdownSignal(() => stack.close());

const gateway = stack.gatewayUrl.replace('127.0.0.1', 'localhost');
const lines = [
  '',
  `WebHaze is running (ready in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  '',
  `  Editor             ${gateway}/editor/`,
  `  GraphQL API        ${gateway}/graphql`,
  `  Demo storefront    ${gateway}/s/${DEMO.tenantSlug}/`,
  `  Health             ${gateway}/healthz   ${gateway}/readyz`,
  ...(config.SEED_DEMO
    ? [`  Demo sign-in       ${DEMO.email} / ${DEMO.password} (tenant "${DEMO.tenantSlug}")`]
    : []),
  '',
  `  Database           ${stack.backends.database}`,
  `  Jobs               ${stack.backends.jobs}`,
  `  Storage            ${stack.backends.storage}`,
  `  Rate limits        ${stack.backends.limits}`,
  '',
  `Try: curl -s ${gateway}/graphql -H 'content-type: application/json' -H 'x-tenant: ${DEMO.tenantSlug}' \\`,
  `       -d '{"query":"{ page(path: \\"/\\") { title featuredProducts { title price { amount currency } } } }"}'`,
  '',
];
process.stdout.write(`${lines.join('\n')}\n`);
log.debug('startup complete');
