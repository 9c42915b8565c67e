import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { generateContextSecret, generateKeyEntry, parseKeyring } from './secrets.js';

/** How long a client may take to send a request (ms); services started without a Config use these too. */
export const HTTP_TIMEOUT_DEFAULTS = { headersMs: 10_000, requestMs: 60_000 } as const;

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
  /** The storefront (the visitor edge) in its own process; `npm start` serves it on the gateway's port. */
  STOREFRONT_PORT: z.coerce.number().int().min(0).max(65535).default(4020),
  /** Subgraph URLs as the gateway reaches them; default to HOST and the ports above. */
  AUTH_URL: z.string().url().optional(),
  CMS_URL: z.string().url().optional(),
  COMMERCE_URL: z.string().url().optional(),
  ANALYTICS_URL: z.string().url().optional(),
  ASSETS_URL: z.string().url().optional(),
  /** The gateway as subgraphs and the storefront reach it for their own supergraph operations. */
  GATEWAY_INTERNAL_URL: z.string().url().optional(),
  /** How long the gateway waits for one call to a subgraph or the auth service, answer included (ms). */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(10).max(600_000).default(10_000),
  /** Port of the gateway's /metrics (subgraph health, process metrics); unset = not served. */
  GATEWAY_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
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
  /** Refresh tokens (one session = one rotating family) expire this long after they are issued. */
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Signing keys are rotated automatically after this many days (0 = only by rotateSigningKey). */
  SIGNING_KEY_ROTATION_DAYS: z.coerce.number().int().min(0).default(30),
  /** Failed sign-ins (and password-reset requests) allowed per account per window. */
  SIGNIN_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  /** Failed sign-ins (and password-reset requests) allowed per client IP per window. */
  SIGNIN_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(50),
  SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Sign-up requests (each mails a link) allowed per client IP per SIGNIN_WINDOW_SECONDS. */
  SIGNUP_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(10),
  /** Sign-up requests allowed per email address per SIGNIN_WINDOW_SECONDS (no mail flood to one inbox). */
  SIGNUP_ATTEMPTS_PER_EMAIL: z.coerce.number().int().min(1).default(3),
  /**
   * Proxies in front of the gateway (comma-separated addresses or CIDRs, IPv4 and IPv6, e.g.
   * `10.0.0.0/8,fd00::/8`) whose X-Forwarded-For / Forwarded headers name the client; default none.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((raw) =>
      raw
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().refine((entry) => {
          const [address = '', bits, extra] = entry.split('/');
          const version = isIP(address);
          if (version === 0 || extra !== undefined) return false;
          return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
        }, 'TRUSTED_PROXIES: each entry is an IPv4 or IPv6 address or CIDR, e.g. 10.0.0.0/8 or fd00::/8'),
      ),
    ),
  /** SMTP server for transactional mail, e.g. smtp://user:pass@mail.example.com:587; unset = dev outbox on disk. */
  SMTP_URL: z.string().url().optional(),
  /** The From address of transactional mail. */
  MAIL_FROM: z.string().min(3).default('WebHaze <no-reply@webhaze.local>'),
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(19456),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).default(2),
  RATE_LIMIT_TENANT_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
  RATE_LIMIT_CLIENT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** `POST /collect` beacons accepted per tenant per minute (past it: 429, nothing stored). */
  COLLECT_TENANT_PER_MINUTE: z.coerce.number().int().min(1).default(60000),
  /** `POST /collect` beacons accepted per client (network address) per minute. */
  COLLECT_CLIENT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** How often buffered analytics events are written to PostgreSQL (ms). */
  ANALYTICS_FLUSH_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  /** How often recent analytics events are rolled into the hourly/daily aggregates (ms). */
  ANALYTICS_AGGREGATE_INTERVAL_MS: z.coerce.number().int().min(100).default(60000),
  /** How often raw analytics events past retention are deleted (ms). */
  ANALYTICS_RETENTION_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(6 * 60 * 60 * 1000),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(12),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(1).default(30),
  /** Counts each selection and multiplies lists by their page size: the editor's Sites query (50 sites × 100 pages) costs 40,333. */
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(50_000),
  /** Largest GraphQL document (bytes of the query string) the gateway accepts; checked before parsing. */
  MAX_QUERY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024),
  /** Most lexical tokens in one GraphQL document; the gateway's parser stops there. */
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(5000),
  /** Longest a client may take to send a request's headers (ms); then 408 and the connection closes. */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(HTTP_TIMEOUT_DEFAULTS.headersMs),
  /** Longest a client may take to send a whole request, body included (ms): disk-mode uploads too. */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(HTTP_TIMEOUT_DEFAULTS.requestMs),
  /** Comma-separated hosts of the platform itself (not tenant storefronts). */
  PLATFORM_HOSTS: z.string().default('localhost,127.0.0.1'),
  /** A CDN header carrying the visitor's country, trusted only when set (e.g. cf-ipcountry). */
  TRUSTED_COUNTRY_HEADER: z.string().optional(),
  SEED_DEMO: z.stringbool().default(true),
  /** Lets outbound webhooks reach private, loopback and link-local addresses (and plain http): local development only. */
  WEBHOOKS_ALLOW_PRIVATE: z.stringbool().default(false),
  /** Ports outbound webhooks may use besides 80 and 443 (comma-separated); empty by default. */
  WEBHOOKS_ALLOWED_PORTS: z
    .string()
    .default('')
    .transform((raw) => (raw.trim() === '' ? [] : raw.split(',').map((p) => Number(p.trim()))))
    .pipe(z.array(z.number().int().min(1).max(65535))),
  /** Largest file one upload may be (bytes); plans may only lower it. */
  ASSET_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(50 * 1024 * 1024),
  /** Storage quota per tenant (bytes) overriding the plan's storageBytes; unset = the plan decides. */
  ASSET_QUOTA_BYTES: z.coerce.number().int().min(-1).optional(),
  /** Images above this many pixels are refused (decompression bombs). */
  IMAGE_MAX_PIXELS: z.coerce.number().int().min(1).default(40_000_000),
  /** Widths of the responsive variants (never upscaled). */
  IMAGE_WIDTHS: z
    .string()
    .default('320,640,960,1280,1920')
    .transform((raw) => raw.split(',').map((w) => Number(w.trim())))
    .pipe(z.array(z.number().int().min(16).max(8192)).min(1)),
  /** Fixed-aspect crops made around each image's focal point (`w:h` list), for cards and thumbnails. */
  IMAGE_CROPS: z
    .string()
    .default('1:1,4:3,16:9')
    .transform((raw) => (raw.trim() === '' ? [] : raw.split(',').map((a) => a.trim())))
    .pipe(z.array(z.string().regex(/^[1-9][0-9]?:[1-9][0-9]?$/, 'crops are w:h pairs like 1:1 or 16:9'))),
  /** Widths of each crop (never upscaled). */
  IMAGE_CROP_WIDTHS: z
    .string()
    .default('320,640')
    .transform((raw) => raw.split(',').map((w) => Number(w.trim())))
    .pipe(z.array(z.number().int().min(16).max(4096)).min(1)),
  /** AVIF encoder effort 0 (fastest) to 9 (smallest); 2 measured ~6x faster than 4 at about the same size. */
  IMAGE_AVIF_EFFORT: z.coerce.number().int().min(0).max(9).default(2),
  /** libvips threads per image (sharp.concurrency); 0 = CPUs / IMAGE_JOB_CONCURRENCY (at least 1). */
  IMAGE_THREADS: z.coerce.number().int().min(0).default(0),
  /** Image jobs one worker process runs at once. */
  IMAGE_JOB_CONCURRENCY: z.coerce.number().int().min(1).default(2),
  /** AES-256-GCM keys for tenant secrets at rest: `kid:base64key,...`, the first one current. */
  SECRETS_KEYS: z.string().min(1).optional(),
  /** Stripe secret key for platform billing (subscriptions); unset: billing mutations are refused. */
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  /** Signing secret of the `/webhooks/stripe/billing` endpoint (whsec_...). */
  STRIPE_BILLING_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Signing secret of the `/webhooks/stripe/connect` endpoint (tenants' payments, whsec_...). */
  STRIPE_CONNECT_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Point the Stripe client elsewhere (a local stand-in in tests). */
  STRIPE_API_HOST: z.string().optional(),
  STRIPE_API_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  STRIPE_API_PROTOCOL: z.enum(['http', 'https']).optional(),
  /** The platform's Stripe publishable key (pk_...): the storefront checkout page's Payment Element. */
  STRIPE_PUBLISHABLE_KEY: z.string().min(1).optional(),
  /** How long a checkout holds the stock of its order before the order expires (minutes). */
  CHECKOUT_RESERVATION_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Social sign-in (OpenID Connect) providers: a JSON array of { id, name, issuer, clientId, clientSecret }. */
  OIDC_PROVIDERS: z
    .string()
    .default('[]')
    .transform((raw, ctx) => {
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'OIDC_PROVIDERS must be a JSON array' });
        return z.NEVER;
      }
    })
    .pipe(
      z.array(
        z.object({
          id: z
            .string()
            .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'provider id: lowercase letters, digits, hyphens'),
          name: z.string().min(1).max(60),
          issuer: z.string().url(),
          clientId: z.string().min(1),
          clientSecret: z.string().min(1),
        }),
      ),
    ),
});

export type Config = z.infer<typeof schema> & {
  production: boolean;
  contextSecret: string;
  /** SECRETS_KEYS, or a key generated once into the data folder (single machine only). */
  secretsKeys: string;
  dataDir: string;
  serviceUrl: (name: ServiceName) => string;
  gatewayInternalUrl: string;
  publicUrl: string;
  /** The settings this Config was parsed from (only WebHaze's own keys), for re-validation with overrides. */
  source: Readonly<Record<string, string>>;
};

export type ServiceName = 'auth' | 'cms' | 'commerce' | 'analytics' | 'assets';
export const SERVICE_NAMES: readonly ServiceName[] = ['auth', 'cms', 'commerce', 'analytics', 'assets'];

export class ConfigError extends Error {}

/** The secrets every process of one deployment must share (`npm run secrets` generates them). */
export const SHARED_SECRETS = ['CONTEXT_SECRET', 'SECRETS_KEYS'] as const;

/** Values copied from docker-compose.yml, deploy/k8s/secret.example.yaml or .env.example unchanged. */
const PLACEHOLDER = /replace[-_ ]?with|change[-_ ]?me/i;

export interface ConfigOptions {
  /**
   * Where unset shared secrets come from. 'data-folder' (the all-in-one `npm start`): generated once
   * into DATA_DIR. 'environment' (a service started on its own entry, as in docker-compose and
   * Kubernetes): in production they must be set, identical in every process, since a key of each
   * container's own would split the deployment; development and test still generate them locally.
   */
  sharedSecrets?: 'data-folder' | 'environment';
}

/** Parses and validates the environment. Throws one error listing every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, opts: ConfigOptions = {}): Config {
  const parsed = schema.safeParse(env);
  const lines = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)),
    ...sharedSecretProblems(env, opts.sharedSecrets ?? 'data-folder').map((p) => `  ${p}`),
  ];
  if (!parsed.success || lines.length) {
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const dataDir = resolve(c.DATA_DIR);
  const contextSecret = c.CONTEXT_SECRET ?? localSecret(dataDir, c.NODE_ENV);
  const secretsKeys = c.SECRETS_KEYS ?? localSecretsKeys(dataDir, c.NODE_ENV);
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
    secretsKeys,
    dataDir,
    serviceUrl: (name) => urlOf[name] ?? `http://${c.HOST}:${portOf[name]}/graphql`,
    gatewayInternalUrl: c.GATEWAY_INTERNAL_URL ?? `http://${c.HOST}:${c.GATEWAY_PORT}/internal/graphql`,
    publicUrl,
    source: sourceOf(env),
  };
}

/**
 * What is wrong with the shared secrets, one line per secret. In production a placeholder is refused
 * everywhere, and a service started on its own must be given every shared secret. A malformed
 * SECRETS_KEYS is refused at startup rather than at its first use.
 */
function sharedSecretProblems(env: NodeJS.ProcessEnv, from: ConfigOptions['sharedSecrets']): string[] {
  const production = (env.NODE_ENV ?? 'production') === 'production';
  const problems: string[] = [];
  for (const name of SHARED_SECRETS) {
    const value = env[name];
    if (!value) {
      if (production && from === 'environment') {
        problems.push(
          `${name}: not set. Every WebHaze process of a deployment must share it: generate the shared secrets once with \`npm run secrets\` (see README "Shared secrets")`,
        );
      }
    } else if (production && PLACEHOLDER.test(value)) {
      problems.push(
        `${name}: the example's placeholder ("${value}"): generate a real value with \`npm run secrets\``,
      );
    } else if (name === 'SECRETS_KEYS') {
      try {
        parseKeyring(value);
      } catch (err) {
        problems.push(`${name}: ${(err as Error).message}`);
      }
    }
  }
  return problems;
}

/**
 * Without CONTEXT_SECRET a single-machine install generates one and keeps it in the data folder,
 * so restarts keep verifying each other's headers. Services started on their own entries must be
 * given it in production (sharedSecrets: 'environment').
 */
function localSecret(dataDir: string, nodeEnv: string): string {
  return keptInDataFolder(dataDir, 'context-secret', nodeEnv, generateContextSecret);
}

/** Like the context secret: without SECRETS_KEYS one key is generated and kept in the data folder. */
function localSecretsKeys(dataDir: string, nodeEnv: string): string {
  return keptInDataFolder(dataDir, 'secrets-keys', nodeEnv, () => generateKeyEntry('local'));
}

/** `file` in the data folder, generated on first use (tests get a fresh value and write nothing). */
function keptInDataFolder(dataDir: string, name: string, nodeEnv: string, generate: () => string): string {
  if (nodeEnv === 'test') return generate();
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const value = generate();
  writeFileSync(file, value, { mode: 0o600 });
  return value;
}

function sourceOf(env: NodeJS.ProcessEnv): Record<string, string> {
  const known = new Set(Object.keys(schema.shape));
  const source: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (known.has(key) && value !== undefined) source[key] = value;
  }
  return source;
}

/** Re-validates a Config with some settings replaced (embedded mode sets DATABASE_URL, pool sizes). */
export function withOverrides(config: Config, overrides: Record<string, string>): Config {
  return loadConfig({
    ...config.source,
    CONTEXT_SECRET: config.contextSecret,
    SECRETS_KEYS: config.secretsKeys,
    ...overrides,
  });
}
