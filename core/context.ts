import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** The header the gateway (or a service acting as `internal`) signs the request context into. */
export const CONTEXT_HEADER = 'x-webhaze-context';
export const REQUEST_ID_HEADER = 'x-request-id';

export const ROLES = ['owner', 'admin', 'editor', 'contributor'] as const;
export type Role = (typeof ROLES)[number];

const actorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  z.object({
    kind: z.literal('user'),
    userId: z.string().uuid(),
    /** The membership role in the context's tenant; null for a token without a tenant claim. */
    role: z.enum(ROLES).nullable(),
    platformAdmin: z.boolean().default(false),
    /** The sites a narrowed membership may act on; absent or null = every site of the tenant. */
    siteIds: z.array(z.string().uuid()).max(100).nullable().optional(),
    /** The sign-in session the access token belongs to (claim `sid`), when it has one. */
    sessionId: z.string().uuid().optional(),
  }),
  z.object({
    kind: z.literal('apiKey'),
    keyId: z.string().uuid(),
    scopes: z.array(z.string()),
  }),
  /** A WebHaze service acting on its own behalf (renderer, worker): exempt from client limits. */
  z.object({ kind: z.literal('internal'), service: z.string() }),
]);
export type Actor = z.infer<typeof actorSchema>;

const contextSchema = z.object({
  requestId: z.string().min(1).max(128),
  tenantId: z.string().uuid().nullable(),
  tenantSlug: z.string().nullable(),
  actor: actorSchema,
  region: z.string().nullable(),
  /**
   * The resolved region's BCP 47 locale (e.g. `de-DE`): the language the cms serves page
   * translations in. Absent or null = no region (or an older gateway): the base content.
   */
  locale: z.string().max(64).nullish(),
  /**
   * The resolved region's currency (ISO 4217, e.g. `EUR`): what commerce prices carts in. Absent
   * or null = no region (or an older gateway): carts are refused.
   */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullish(),
  /** The storefront site's host when the request came through a tenant's domain. */
  host: z.string().nullable().default(null),
  /** The client's IP as the gateway saw it (for brute-force limits and the audit log). */
  clientIp: z.string().max(64).nullable().default(null),
  /** The client's user agent, truncated (audit log, session list). */
  userAgent: z.string().max(256).nullable().default(null),
  /**
   * What the storefront saw of its visitor (`Sec-GPC`, the `wh_optout` and `wh_consent`
   * cookies), for the analytics policy. Absent or null = no signals (no GPC, no opt-out, undecided).
   */
  visitor: z
    .object({
      gpc: z.boolean(),
      optOut: z.boolean(),
      consent: z.enum(['granted', 'denied', 'unknown']),
    })
    .nullish(),
});

/** Who is asking, for which tenant and region: resolved once at the gateway, trusted everywhere after. */
export type RequestContext = z.infer<typeof contextSchema>;

export const anonymous: Actor = { kind: 'anonymous' };

/** Who did something, as histories record it: `user:<id>`, `apiKey:<id>`, `internal:<service>` or `anonymous`. */
export function actorLabel(ctx: Pick<RequestContext, 'actor'>): string {
  const actor = ctx.actor;
  switch (actor.kind) {
    case 'user':
      return `user:${actor.userId}`;
    case 'apiKey':
      return `apiKey:${actor.keyId}`;
    case 'internal':
      return `internal:${actor.service}`;
    case 'anonymous':
      return 'anonymous';
  }
}

export function newRequestId(): string {
  return randomUUID();
}

/**
 * The internal actor the cms checks a page's product and asset ids as: it may see a tenant's draft
 * products (they may be featured before launch), unlike the renderer's `cms`, which sees what
 * visitors see.
 */
export const REFERENCE_CHECK_SERVICE = 'cms:references';

export function internalContext(service: string, tenantId: string | null, requestId = newRequestId()) {
  return {
    requestId,
    tenantId,
    tenantSlug: null,
    actor: { kind: 'internal', service },
    region: null,
    host: null,
    clientIp: null,
    userAgent: null,
  } satisfies RequestContext;
}

const MAX_CONTEXT_TTL_SECONDS = 600;
const MAX_CLOCK_SKEW_MS = 30_000;

const HEADER_B64 = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/**
 * Signs a context as a compact HS256 JWS that expires after `ttlSeconds`.
 * HMAC with node:crypto keeps this off the hot path's async queue: one sign per request at the gateway.
 */
export function signContext(
  ctx: RequestContext,
  secret: string,
  ttlSeconds: number,
  now = Date.now(),
): string {
  const iat = Math.floor(now / 1000);
  const payload = Buffer.from(JSON.stringify({ ctx, iat, exp: iat + ttlSeconds })).toString('base64url');
  const input = `${HEADER_B64}.${payload}`;
  const sig = createHmac('sha256', secret).update(input).digest('base64url');
  return `${input}.${sig}`;
}

export class ContextError extends Error {}

/** Built once: a zod schema built per call is compiled again on every call (hot: every subgraph request verifies). */
const signedContextSchema = z.object({ ctx: contextSchema, iat: z.number(), exp: z.number() });

/** Verifies signature, algorithm, expiry and shape. Throws ContextError on anything else. */
export function verifyContext(token: string | undefined, secret: string, now = Date.now()): RequestContext {
  if (!token) throw new ContextError('missing gateway context');
  const parts = token.split('.');
  if (parts.length !== 3) throw new ContextError('malformed gateway context');
  const [header, payload, sig] = parts as [string, string, string];
  if (header !== HEADER_B64) throw new ContextError('unexpected context algorithm');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ContextError('bad context signature');
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new ContextError('malformed gateway context');
  }
  const parsed = signedContextSchema.safeParse(body);
  if (!parsed.success) throw new ContextError('malformed gateway context');
  const { iat, exp } = parsed.data;
  if (exp * 1000 < now) throw new ContextError('expired gateway context');
  // A leaked secret should not mint long-lived or future contexts: bound both.
  if (iat * 1000 > now + MAX_CLOCK_SKEW_MS || exp - iat > MAX_CONTEXT_TTL_SECONDS) {
    throw new ContextError('gateway context lifetime out of bounds');
  }
  return parsed.data.ctx;
}
