import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Every setting WebHaze reads from the environment, validated once. Documented in .env.example. */
const schema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().default('.data'),
  PUBLIC_URL: z.string().url().optional(),
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  AUTH_PORT: z.coerce.number().int().min(0).max(65535).default(4001),
  CMS_PORT: z.coerce.number().int().min(0).max(65535).default(4002),
  COMMERCE_PORT: z.coerce.number().int().min(0).max(65535).default(4003),
  ANALYTICS_PORT: z.coerce.number().int().min(0).max(65535).default(4004),
  ASSETS_PORT: z.coerce.number().int().min(0).max(65535).default(4005),
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  /** Subgraph URLs as the gateway reaches them; default to HOST and the ports above. */
  AUTH_URL: z.string().url().optional(),
  CMS_URL: z.string().url().optional(),
  COMMERCE_URL: z.string().url().optional(),
  ANALYTICS_URL: z.string().url().optional(),
  ASSETS_URL: z.string().url().optional(),
  /** The gateway as subgraphs reach it for their own supergraph operations. */
  GATEWAY_INTERNAL_URL: z.string().url().optional(),
  DATABASE_URL: z.string().url().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).default(10),
  APP_DB_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'APP_DB_ROLE must be a plain lowercase identifier')
    .default('webhaze_app'),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(5499),
  REDIS_URL: z.string().url().optional(),
  REDIS_PREFIX: z.string().default('wh:'),
  S3_ENDPOINT: z.string().optional(),
  S3_PORT: z.coerce.number().int().optional(),
  S3_USE_SSL: z.stringbool().default(false),
  S3_ACCESS_KEY: z.string().default(''),
  S3_SECRET_KEY: z.string().default(''),
  S3_BUCKET: z.string().default('webhaze'),
  S3_REGION: z.string().default('us-east-1'),
  CDN_BASE_URL: z.string().url().optional(),
  /** HMAC secret the gateway signs request contexts with; every service verifies with it. */
  CONTEXT_SECRET: z.string().min(32, 'CONTEXT_SECRET must be at least 32 characters').optional(),
  CONTEXT_TTL_SECONDS: z.coerce.number().int().min(5).max(600).default(60),
  JWT_ISSUER: z.string().default('webhaze'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).default(900),
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(19456),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).default(2),
  RATE_LIMIT_TENANT_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
  RATE_LIMIT_CLIENT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(12),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(1).default(30),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(5000),
  /** Comma-separated hosts of the platform itself (not tenant storefronts). */
  PLATFORM_HOSTS: z.string().default('localhost,127.0.0.1'),
  /** A CDN header carrying the visitor's country, trusted only when set (e.g. cf-ipcountry). */
  TRUSTED_COUNTRY_HEADER: z.string().optional(),
  SEED_DEMO: z.stringbool().default(true),
});

export type Config = z.infer<typeof schema> & {
  production: boolean;
  contextSecret: string;
  dataDir: string;
  serviceUrl: (name: ServiceName) => string;
  gatewayInternalUrl: string;
  publicUrl: string;
};

export type ServiceName = 'auth' | 'cms' | 'commerce' | 'analytics' | 'assets';
export const SERVICE_NAMES: readonly ServiceName[] = ['auth', 'cms', 'commerce', 'analytics', 'assets'];

export class ConfigError extends Error {}

/** Parses and validates the environment. Throws one error listing every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const dataDir = resolve(c.DATA_DIR);
  const contextSecret = c.CONTEXT_SECRET ?? localSecret(dataDir, c.NODE_ENV);
  const portOf: Record<ServiceName, number> = {
    auth: c.AUTH_PORT,
    cms: c.CMS_PORT,
    commerce: c.COMMERCE_PORT,
    analytics: c.ANALYTICS_PORT,
    assets: c.ASSETS_PORT,
  };
  const urlOf: Record<ServiceName, string | undefined> = {
    auth: c.AUTH_URL,
    cms: c.CMS_URL,
    commerce: c.COMMERCE_URL,
    analytics: c.ANALYTICS_URL,
    assets: c.ASSETS_URL,
  };
  const publicUrl = c.PUBLIC_URL ?? `http://localhost:${c.GATEWAY_PORT}`;
  return {
    ...c,
    production: c.NODE_ENV === 'production',
    contextSecret,
    dataDir,
    serviceUrl: (name) => urlOf[name] ?? `http://${c.HOST}:${portOf[name]}/graphql`,
    gatewayInternalUrl: c.GATEWAY_INTERNAL_URL ?? `http://${c.HOST}:${c.GATEWAY_PORT}/internal/graphql`,
    publicUrl,
  };
}

/**
 * Without CONTEXT_SECRET a single-machine install generates one and keeps it in the data folder,
 * so restarts keep verifying each other's headers. Production deployments must set it explicitly
 * whenever services run on more than one machine.
 */
function localSecret(dataDir: string, nodeEnv: string): string {
  if (nodeEnv === 'test') return randomBytes(32).toString('hex');
  const file = join(dataDir, 'context-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
