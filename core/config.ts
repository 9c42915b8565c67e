import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { generateContextSecret, generateKeyEntry, parseKeyring } from './secrets.js';

/** How long a client may take to send a request (ms); services started without a Config use these too. */
export const HTTP_TIMEOUT_DEFAULTS = { headersMs: 10_000, requestMs: 60_000 } as const;

/**
 * Every setting WebHaze reads from the environment, validated once. Each one's `meta` documents it:
 * `description`, `whenUnset` (what an unset optional setting means) and `valueType` (when the schema's
 * own type does not say it); `npm run docs:config` writes docs/guides/configuration-reference.md.
 */
const schema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('production').meta({
    description:
      '`production` hides stack traces, introspection and schema details in errors; `npm run dev` sets `development`.',
  }),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .meta({ description: 'pino log level.' }),
  DATA_DIR: z.string().default('.data').meta({
    description:
      'Local data folder: embedded database (`pglite/`), disk objects (`objects/`), the dev mail outbox (`outbox/`) and, under `npm start`, the generated `context-secret` and `secrets-keys`.',
  }),
  PUBLIC_URL: z.string().url().optional().meta({
    description:
      "The platform's public base URL. Its host counts as a platform host. Used for links in emails, preview links, disk-storage URLs, OIDC redirects and the sitemap base of sites without a custom domain.",
    whenUnset: '`http://localhost:<GATEWAY_PORT>`',
  }),
  HOST: z.string().default('127.0.0.1').meta({
    description:
      'Address every service binds to (use `0.0.0.0` in containers); also the host in the default subgraph URLs.',
  }),
  GATEWAY_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(4000)
    .meta({ description: 'Gateway port (the public one).' }),
  AUTH_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(4001)
    .meta({ description: 'auth subgraph port.' }),
  CMS_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(4002)
    .meta({ description: 'cms subgraph port.' }),
  COMMERCE_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(4003)
    .meta({ description: 'commerce subgraph port.' }),
  ANALYTICS_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(4004)
    .meta({ description: 'analytics subgraph port.' }),
  ASSETS_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(4005)
    .meta({ description: 'assets subgraph port.' }),
  WORKER_METRICS_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(4010)
    .meta({ description: "Port of the worker's `/metrics`, `/healthz` and `/readyz`." }),
  STOREFRONT_PORT: z.coerce.number().int().min(0).max(65535).default(4020).meta({
    description:
      'Storefront port (the visitor edge) when it runs in its own process (`storefront/main.ts`); `npm start` serves the storefront on `GATEWAY_PORT` instead.',
  }),
  STOREFRONT_STALE_SECONDS: z.coerce.number().int().min(0).max(604_800).default(86_400).meta({
    description:
      'How old a cached storefront page may be and still be served (marked `x-webhaze-stale: 1`, not cacheable by shared caches) when the supergraph cannot answer (unreachable, 5xx, past its deadline); a publish still purges it. `0` answers 502 instead.',
  }),
  AUTH_URL: z.string().url().optional().meta({
    description:
      "auth subgraph's GraphQL URL as the gateway reaches it; the JWKS, tenant-directory, membership and API-key URLs are derived from it.",
    whenUnset: '`http://<HOST>:<AUTH_PORT>/graphql`',
  }),
  CMS_URL: z.string().url().optional().meta({
    description: "cms subgraph's GraphQL URL as the gateway reaches it.",
    whenUnset: '`http://<HOST>:<CMS_PORT>/graphql`',
  }),
  COMMERCE_URL: z.string().url().optional().meta({
    description: "commerce subgraph's GraphQL URL as the gateway reaches it.",
    whenUnset: '`http://<HOST>:<COMMERCE_PORT>/graphql`',
  }),
  ANALYTICS_URL: z.string().url().optional().meta({
    description: "analytics subgraph's GraphQL URL as the gateway reaches it.",
    whenUnset: '`http://<HOST>:<ANALYTICS_PORT>/graphql`',
  }),
  ASSETS_URL: z.string().url().optional().meta({
    description: "assets subgraph's GraphQL URL as the gateway reaches it.",
    whenUnset: '`http://<HOST>:<ASSETS_PORT>/graphql`',
  }),
  GATEWAY_INTERNAL_URL: z.string().url().optional().meta({
    description:
      "The gateway's internal endpoint as services (and the storefront, for pages and carts) reach it for their own supergraph operations.",
    whenUnset: '`http://<HOST>:<GATEWAY_PORT>/internal/graphql`',
  }),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(10).max(600_000).default(10_000).meta({
    description:
      'How long the gateway waits for one call to a subgraph or the auth service, answer included (ms); past it the client is told that the service did not answer in time.',
  }),
  GATEWAY_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional().meta({
    description:
      "Port of the gateway's `/metrics` (`webhaze_subgraph_up` per subgraph, process metrics); never served on the public port.",
    whenUnset: 'not served',
  }),
  DATABASE_URL: z.string().url().optional().meta({
    description:
      'PostgreSQL URL shared by every subgraph, each in its own schema. The role needs CREATE, CREATEROLE and BYPASSRLS (or superuser).',
    whenUnset: 'embedded PGlite on `EMBEDDED_DB_PORT`',
  }),
  DB_POOL_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .default(10)
    .meta({ description: 'Connection pool size per subgraph (embedded mode uses 4).' }),
  APP_DB_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'APP_DB_ROLE must be a plain lowercase identifier')
    .default('webhaze_app')
    .meta({
      description:
        'Non-superuser NOBYPASSRLS role that tenant transactions `SET LOCAL ROLE` to; created if missing, never dropped.',
      valueType: 'lowercase SQL identifier',
    }),
  EMBEDDED_DB_PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .default(5499)
    .meta({ description: 'Port of the embedded PGlite server when `DATABASE_URL` is unset (never 5432).' }),
  REDIS_URL: z.string().url().optional().meta({
    description: 'Redis for BullMQ queues, rate limits, the analytics buffer and events between processes.',
    whenUnset: 'in-process jobs, in-memory limits and events',
  }),
  REDIS_PREFIX: z.string().default('wh:').meta({
    description:
      "Prefix of WebHaze's Redis keys and event channels; BullMQ keys live under the hash tag `{<REDIS_PREFIX>jobs}`.",
  }),
  S3_ENDPOINT: z.string().optional().meta({
    description:
      'S3/MinIO endpoint: a bare host (with `S3_PORT`/`S3_USE_SSL`) or a URL such as `http://minio:9000`.',
    whenUnset: 'local disk under `<DATA_DIR>/objects`',
  }),
  S3_PORT: z.coerce
    .number()
    .int()
    .optional()
    .meta({ description: 'S3 port when `S3_ENDPOINT` is a bare host.', whenUnset: "the scheme's port" }),
  S3_USE_SSL: z.stringbool().default(false).meta({
    description: 'HTTPS to S3 when `S3_ENDPOINT` is a bare host.',
    valueType: 'boolean (`true`/`false`, `1`/`0`, `yes`/`no`, `on`/`off`)',
  }),
  S3_ACCESS_KEY: z.string().default('').meta({ description: 'S3 access key.' }),
  S3_SECRET_KEY: z.string().default('').meta({ description: 'S3 secret key.' }),
  S3_BUCKET: z.string().default('webhaze').meta({ description: 'Bucket; created at start if missing.' }),
  S3_REGION: z.string().default('us-east-1').meta({ description: 'S3 region.' }),
  CDN_BASE_URL: z.string().url().optional().meta({
    description:
      'Base URL that public object URLs use instead of the storage URL (a CDN in front of the bucket).',
    whenUnset: 'storage URLs',
  }),
  CONTEXT_SECRET: z.string().min(32, 'CONTEXT_SECRET must be at least 32 characters').optional().meta({
    description:
      'HMAC secret (at least 32 characters) the gateway signs request contexts with; every service verifies with it. Must be the same in every process: separate services refuse to start in production without it (`npm run secrets`).',
    whenUnset: 'generated into `<DATA_DIR>/context-secret` (`npm start`)',
  }),
  CONTEXT_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(5)
    .max(600)
    .default(60)
    .meta({ description: 'Lifetime of a signed request context (s).' }),
  JWT_ISSUER: z.string().default('webhaze').meta({ description: '`iss` claim of access tokens.' }),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(900)
    .meta({ description: 'Access-token lifetime (s).' }),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30).meta({
    description:
      'Refresh-token lifetime (days); each refresh issues a new one, and presenting a used one ends its session.',
  }),
  SIGNING_KEY_ROTATION_DAYS: z.coerce.number().int().min(0).default(30).meta({
    description:
      'Rotate the access-token signing key after this many days (0: only with `rotateSigningKey`).',
  }),
  SIGNIN_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).default(10).meta({
    description:
      'Failed sign-ins (and password-reset requests) per account per `SIGNIN_WINDOW_SECONDS` before `RATE_LIMITED`.',
  }),
  SIGNIN_ATTEMPTS_PER_IP: z.coerce
    .number()
    .int()
    .min(1)
    .default(50)
    .meta({ description: 'Failed sign-ins (and password-reset requests) per client IP address per window.' }),
  SIGNIN_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(900)
    .meta({ description: 'The window the sign-in and sign-up budgets refill over (s).' }),
  SIGNUP_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(10).meta({
    description: 'Sign-up requests (each mails a link) per client IP address per `SIGNIN_WINDOW_SECONDS`.',
  }),
  SIGNUP_ATTEMPTS_PER_EMAIL: z.coerce.number().int().min(1).default(3).meta({
    description:
      'Sign-up requests per email address per `SIGNIN_WINDOW_SECONDS` (no mail flood to one inbox).',
  }),
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
    )
    .meta({
      description:
        'Comma-separated addresses or CIDRs (IPv4 and IPv6, e.g. `10.0.0.0/8,fd00::/8`) of the proxies or load balancers in front of the gateway. Only from these peers are `X-Forwarded-For` / `Forwarded` believed, walked from the right past trusted hops to the client; without it every limit keys on the socket address.',
      valueType: 'comma-separated IP addresses or CIDRs',
    }),
  SMTP_URL: z.string().url().optional().meta({
    description: 'SMTP server for transactional mail, e.g. `smtp://user:pass@mail.example.com:587`.',
    whenUnset: 'mail written to `<DATA_DIR>/outbox/*.eml`',
  }),
  MAIL_FROM: z
    .string()
    .min(3)
    .default('WebHaze <no-reply@webhaze.local>')
    .meta({ description: 'From address of transactional mail.' }),
  ARGON2_MEMORY_KIB: z.coerce
    .number()
    .int()
    .min(1024)
    .default(19456)
    .meta({ description: 'argon2id memory cost (KiB).' }),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).default(2).meta({ description: 'argon2id iterations.' }),
  RATE_LIMIT_TENANT_PER_MINUTE: z.coerce.number().int().min(1).default(6000).meta({
    description:
      "Requests per tenant per minute at the gateway (the tenant plan's `apiRequestsPerMinute` applies below it).",
  }),
  RATE_LIMIT_CLIENT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(600)
    .meta({ description: 'Requests per client (user, else IP address) per minute at the gateway.' }),
  COLLECT_TENANT_PER_MINUTE: z.coerce.number().int().min(1).default(60000).meta({
    description:
      'Analytics beacons (`POST /collect`) accepted per tenant per minute; past it 429 and nothing stored.',
  }),
  COLLECT_CLIENT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(120)
    .meta({ description: 'Analytics beacons accepted per client (network address) per minute.' }),
  ANALYTICS_FLUSH_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(5000)
    .meta({ description: 'How often buffered analytics events are written to PostgreSQL (ms).' }),
  ANALYTICS_AGGREGATE_INTERVAL_MS: z.coerce.number().int().min(100).default(60000).meta({
    description: 'How often recent analytics events are rolled into the hourly and daily aggregates (ms).',
  }),
  ANALYTICS_RETENTION_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .default(6 * 60 * 60 * 1000)
    .meta({ description: "How often raw analytics events past each tenant's retention are deleted (ms)." }),
  MAX_QUERY_DEPTH: z.coerce
    .number()
    .int()
    .min(1)
    .default(12)
    .meta({ description: 'Maximum operation depth (internal actors exempt).' }),
  MAX_QUERY_ALIASES: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .meta({ description: 'Maximum aliases per operation (internal actors exempt).' }),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(50_000).meta({
    description:
      "Maximum operation cost: each selection counts 1 (`__typename` included) and lists multiply by their page size; the editor's Sites query (50 sites × 100 pages) costs 40,333 (internal actors exempt).",
  }),
  MAX_QUERY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024)
    .meta({
      description:
        'Largest GraphQL document (bytes of the query string) the gateway accepts; refused before parsing.',
    }),
  MAX_QUERY_TOKENS: z.coerce
    .number()
    .int()
    .min(100)
    .default(5000)
    .meta({ description: "Most lexical tokens in one GraphQL document; the gateway's parser stops there." }),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(HTTP_TIMEOUT_DEFAULTS.headersMs).meta({
    description:
      "Longest a client may take to send a request's headers (ms); then 408 and the connection closes.",
  }),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(HTTP_TIMEOUT_DEFAULTS.requestMs).meta({
    description:
      'Longest a client may take to send a whole request, body included (ms); disk-mode uploads too, so raise it for large files over slow links.',
  }),
  PLATFORM_HOSTS: z.string().default('localhost,127.0.0.1').meta({
    description:
      'Comma-separated hosts of the platform itself; any other `Host` is treated as a tenant storefront.',
    valueType: 'comma-separated host names',
  }),
  TRUSTED_COUNTRY_HEADER: z.string().optional().meta({
    description:
      "CDN header carrying the visitor's country (e.g. `cf-ipcountry`), trusted for region resolution only when set.",
    whenUnset: 'no country-based regions',
  }),
  SEED_DEMO: z.stringbool().default(true).meta({
    description: 'Seed the demo tenant on `npm start` (all-in-one mode only).',
    valueType: 'boolean (`true`/`false`, `1`/`0`, `yes`/`no`, `on`/`off`)',
  }),
  WEBHOOKS_ALLOW_PRIVATE: z.stringbool().default(false).meta({
    description:
      'Lets outbound webhooks reach private, loopback and link-local addresses, any port and plain http: local development only (`NODE_ENV=test` allows it too).',
    valueType: 'boolean (`true`/`false`, `1`/`0`, `yes`/`no`, `on`/`off`)',
  }),
  WEBHOOKS_ALLOWED_PORTS: z
    .string()
    .default('')
    .transform((raw) => (raw.trim() === '' ? [] : raw.split(',').map((p) => Number(p.trim()))))
    .pipe(z.array(z.number().int().min(1).max(65535)))
    .meta({
      description: 'Ports outbound webhooks may use besides 80 and 443 (comma-separated, e.g. `8443`).',
      valueType: 'comma-separated ports (1–65535)',
    }),
  ASSET_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(50 * 1024 * 1024)
    .meta({ description: 'Largest file one upload may be (bytes).' }),
  ASSET_QUOTA_BYTES: z.coerce.number().int().min(-1).optional().meta({
    description:
      "Storage quota per tenant (bytes; -1 unlimited), replacing the plan's `storageBytes` for every tenant.",
    whenUnset: "the tenant plan's `storageBytes`",
  }),
  IMAGE_MAX_PIXELS: z.coerce
    .number()
    .int()
    .min(1)
    .default(40_000_000)
    .meta({ description: 'Images above this many pixels are refused (decompression bombs).' }),
  IMAGE_WIDTHS: z
    .string()
    .default('320,640,960,1280,1920')
    .transform((raw) => raw.split(',').map((w) => Number(w.trim())))
    .pipe(z.array(z.number().int().min(16).max(8192)).min(1))
    .meta({
      description: 'Widths of the responsive image variants (comma-separated; never upscaled).',
      valueType: 'comma-separated integers (16–8192), at least one',
    }),
  IMAGE_CROPS: z
    .string()
    .default('1:1,4:3,16:9')
    .transform((raw) => (raw.trim() === '' ? [] : raw.split(',').map((a) => a.trim())))
    .pipe(z.array(z.string().regex(/^[1-9][0-9]?:[1-9][0-9]?$/, 'crops are w:h pairs like 1:1 or 16:9')))
    .meta({
      description:
        "Fixed-aspect crops made around each image's focal point (comma-separated `w:h`; empty for none).",
      valueType: 'comma-separated `w:h` pairs (1–99 each)',
    }),
  IMAGE_CROP_WIDTHS: z
    .string()
    .default('320,640')
    .transform((raw) => raw.split(',').map((w) => Number(w.trim())))
    .pipe(z.array(z.number().int().min(16).max(4096)).min(1))
    .meta({
      description: 'Widths of each crop (comma-separated; never upscaled).',
      valueType: 'comma-separated integers (16–4096), at least one',
    }),
  IMAGE_AVIF_EFFORT: z.coerce.number().int().min(0).max(9).default(2).meta({
    description:
      'AVIF encoder effort, 0 (fastest) to 9 (smallest); 2 measured about 6× faster than 4 at about the same size.',
  }),
  IMAGE_THREADS: z.coerce.number().int().min(0).default(0).meta({
    description:
      'libvips threads per image (`sharp.concurrency`); 0 = CPUs / `IMAGE_JOB_CONCURRENCY` (at least 1).',
  }),
  IMAGE_JOB_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .default(2)
    .meta({ description: 'Image jobs one worker process runs at once.' }),
  SECRETS_KEYS: z.string().min(1).optional().meta({
    description:
      'AES-256-GCM keys for tenant secrets at rest: `kid:base64key,...` (32-byte keys), the first one current. Must be the same in every process, like `CONTEXT_SECRET`; to rotate, prepend a new key, re-encrypt, then drop the old one.',
    whenUnset: 'generated into `<DATA_DIR>/secrets-keys` (`npm start`)',
    valueType: 'comma-separated `kid:base64key`',
  }),
  STRIPE_SECRET_KEY: z.string().min(1).optional().meta({
    description: "The platform's Stripe secret key (Connect enabled): subscriptions and tenants' payments.",
    whenUnset: 'billing and payment mutations refused',
  }),
  STRIPE_BILLING_WEBHOOK_SECRET: z.string().min(1).optional().meta({
    description:
      'Signing secret (`whsec_...`) of the billing webhook endpoint `<PUBLIC_URL>/webhooks/stripe/billing`.',
    whenUnset: 'that endpoint answers 503',
  }),
  STRIPE_CONNECT_WEBHOOK_SECRET: z.string().min(1).optional().meta({
    description:
      "Signing secret (`whsec_...`) of the Connect webhook endpoint `<PUBLIC_URL>/webhooks/stripe/connect` (tenants' payments).",
    whenUnset: 'that endpoint answers 503',
  }),
  STRIPE_API_HOST: z.string().optional().meta({
    description: 'Points the Stripe client at another host (a local stand-in in tests).',
    whenUnset: '`api.stripe.com`',
  }),
  STRIPE_API_PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .optional()
    .meta({ description: 'Port of `STRIPE_API_HOST`.', whenUnset: "the protocol's port" }),
  STRIPE_API_PROTOCOL: z
    .enum(['http', 'https'])
    .optional()
    .meta({ description: 'Protocol for `STRIPE_API_HOST`.', whenUnset: '`https`' }),
  STRIPE_PUBLISHABLE_KEY: z.string().min(1).optional().meta({
    description:
      "The platform's Stripe publishable key (`pk_...`) for the storefront checkout page's Payment Element.",
    whenUnset: 'no Payment Element',
  }),
  STRIPE_JS_URL: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//.test(u), 'an http(s) URL')
    .default('https://js.stripe.com/v3/')
    .meta({
      description:
        "Where the storefront's payment page loads Stripe.js from (its origin is allowed by the page's Content-Security-Policy). Tests point it at a local stand-in.",
    }),
  CHECKOUT_RESERVATION_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15)
    .meta({ description: "How long a checkout holds its order's stock before the order expires (minutes)." }),
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
    )
    .meta({
      description:
        'Social sign-in (OpenID Connect) providers: a JSON array of `{ id, name, issuer, clientId, clientSecret }`. Register `<PUBLIC_URL>/auth/oidc/<id>/callback` as the redirect URI at each provider.',
      valueType: 'JSON array',
    }),
});

/** The schema, read by the generated configuration reference (docs/config-reference.ts). */
export const CONFIG_SCHEMA = schema;

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
          `${name}: not set. Every WebHaze process of a deployment must share it: generate the shared secrets once with \`npm run secrets\` (see docs/guides/deployment.md "Shared secrets")`,
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
