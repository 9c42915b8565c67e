import type { AnyModule } from '../core/module.js';
import { analyticsModule } from './analytics/module.js';
import { assetsModule } from './assets/module.js';
import { authModule } from './auth/module.js';
import { cmsModule } from './cms/module.js';
import { commerceModule } from './commerce/module.js';

/**
 * Every subgraph module (core/module.ts), in start order: auth first (the others read its tenant
 * directory in one process). `stack/start.ts` and `workers/main.ts` loop over these.
 */
export const modules = {
  auth: authModule,
  cms: cmsModule,
  commerce: commerceModule,
  analytics: analyticsModule,
  assets: assetsModule,
} as const;

export type Modules = typeof modules;

/** Each subgraph's running service, by module name. */
export type RunningModules = { [K in keyof Modules]: Awaited<ReturnType<Modules[K]['start']>> };

/** The modules as a list, for loops that need no module's own types. */
export const moduleList: readonly AnyModule[] = Object.values(modules);
