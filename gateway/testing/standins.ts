/**
 * Tiny in-process stand-ins for the services around the gateway, shared by the gateway's tests
 * and its benchmark: two federated subgraphs (commerce: products; cms: pages and a product field)
 * that enforce the signed context like the real ones, and an auth stand-in serving a JWKS and the
 * tenant directory.
 */
import { randomUUID } from 'node:crypto';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { type Config, loadConfig } from '../../core/config.js';
import { CONTEXT_HEADER, type RequestContext, verifyContext } from '../../core/context.js';
import {
  executeGraphQL,
  type HttpService,
  type Route,
  sendGraphQLError,
  sendJson,
  startHttpService,
} from '../../core/http.js';
import type { TenantRecord } from '../tenants.js';

export const COMMERCE_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    products(first: Int = 10): [Product!]!
  }
  type Product @key(fields: "id") {
    id: ID!
    name: String!
    priceMinor: Int!
    currency: String!
  }
`;

export const CMS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    page(path: String!): Page
    redirect(path: String!): Redirect
    storefrontDocument(path: String!, base: String!, query: String): StorefrontDocument!
    siteIndexing: SiteIndexing
    whoami: Whoami!
  }
  type SiteIndexing {
    discourageIndexing: Boolean!
  }
  type Redirect {
    to: String!
    status: Int!
  }
  type StorefrontDocument {
    status: Int!
    html: String
    contentSecurityPolicy: String
    redirect: Redirect
  }
  type Page {
    path: String!
    html(base: String): String!
    contentSecurityPolicy(base: String): String!
  }
  type Whoami {
    tenantId: ID
    actorKind: String!
    region: String
  }
  type Product @key(fields: "id") {
    id: ID!
    description: String!
  }
`;

/** The benchmark's realistic read: one page of a tenant's catalog. */
export const PRODUCTS_QUERY = '{ products(first: 10) { id name priceMinor currency } }';
/** The same page of products, each joined with its description from the other subgraph. */
export const PRODUCTS_WITH_DESCRIPTIONS_QUERY =
  '{ products(first: 10) { id name priceMinor currency description } }';

export const DEMO_TENANT: TenantRecord = {
  id: '0b6f6c6e-5d52-4c55-9d0b-6f1c1a6c0001',
  slug: 'demo',
  name: 'Demo Shop',
  status: 'active',
  plan: 'business',
  regions: [
    {
      code: 'us',
      locale: 'en-US',
      currency: 'USD',
      pathPrefix: null,
      hosts: ['shop.demo.test'],
      countries: ['US'],
      consentRequired: false,
    },
    {
      code: 'de',
      locale: 'de-DE',
      currency: 'EUR',
      pathPrefix: '/de',
      hosts: ['shop.demo.de'],
      countries: ['DE', 'AT'],
      consentRequired: true,
    },
  ],
  defaultRegion: 'us',
};

export const OTHER_TENANT: TenantRecord = {
  id: '0b6f6c6e-5d52-4c55-9d0b-6f1c1a6c0002',
  slug: 'other',
  name: 'Other Shop',
  status: 'active',
  plan: 'business',
  regions: [
    {
      code: 'us',
      locale: 'en-US',
      currency: 'USD',
      pathPrefix: null,
      hosts: ['other.test'],
      countries: [],
      consentRequired: false,
    },
  ],
  defaultRegion: 'us',
};

export const SUSPENDED_TENANT: TenantRecord = {
  ...OTHER_TENANT,
  id: '0b6f6c6e-5d52-4c55-9d0b-6f1c1a6c0003',
  slug: 'frozen',
  status: 'suspended',
  plan: 'business',
  regions: [],
};

/** A federated subgraph on core/http that refuses (401) any request without a valid signed context. */
export interface StandinSubgraph {
  name: 'cms' | 'commerce';
  service: HttpService;
  graphqlUrl: string;
  /** Every context the subgraph accepted, newest last. */
  seen: RequestContext[];
}

function productsOf(ctx: RequestContext, first: number) {
  return Array.from({ length: Math.min(Math.max(first, 0), 100) }, (_, i) => ({
    id: `${ctx.tenantId ?? 'none'}-p${i}`,
    name: `Product ${i}`,
    priceMinor: 1000 + i * 250,
    currency: ctx.region === 'de' ? 'EUR' : 'USD',
  }));
}

async function startSubgraph(
  name: StandinSubgraph['name'],
  sdl: string,
  resolvers: Record<string, Record<string, unknown>>,
  contextSecret: string,
): Promise<StandinSubgraph> {
  const seen: RequestContext[] = [];
  const server = new ApolloServer<{ ctx: RequestContext }>({
    // biome-ignore lint/suspicious/noExplicitAny: buildSubgraphSchema's resolver map type is looser than ours.
    schema: buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as any }]),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    stopOnTerminationSignals: false,
  });
  await server.start();
  const graphqlRoute: Route = async (req, res, url) => {
    if (url.pathname !== '/graphql') return false;
    let ctx: RequestContext;
    try {
      const header = req.headers[CONTEXT_HEADER];
      ctx = verifyContext(typeof header === 'string' ? header : undefined, contextSecret);
    } catch (err) {
      sendGraphQLError(res, 401, 'UNAUTHENTICATED', (err as Error).message);
      return true;
    }
    if (seen.length > 1000) seen.splice(0, seen.length - 100);
    seen.push(ctx);
    await executeGraphQL(server, req, res, url, async () => ({ ctx }));
    return true;
  };
  const service = await startHttpService({
    name: `standin-${name}`,
    host: '127.0.0.1',
    port: 0,
    routes: [graphqlRoute],
    onClose: () => server.stop(),
  });
  return { name, service, graphqlUrl: `${service.url}/graphql`, seen };
}

type Ctx = { ctx: RequestContext };

export function startCommerceStandin(contextSecret: string): Promise<StandinSubgraph> {
  return startSubgraph(
    'commerce',
    COMMERCE_SDL,
    {
      Query: {
        products: (_: unknown, args: { first: number }, { ctx }: Ctx) => productsOf(ctx, args.first),
      },
      Product: {
        __resolveReference: (ref: { id: string }) => ({
          id: ref.id,
          name: 'Product',
          priceMinor: 0,
          currency: 'USD',
        }),
      },
    },
    contextSecret,
  );
}

export function startCmsStandin(contextSecret: string): Promise<StandinSubgraph> {
  return startSubgraph(
    'cms',
    CMS_SDL,
    {
      Query: {
        page: (_: unknown, args: { path: string }) =>
          args.path === '/missing' || args.path === '/moved'
            ? null
            : {
                path: args.path,
                html: `<h1>Page ${args.path}</h1>`,
                contentSecurityPolicy: "default-src 'self'",
              },
        redirect: (_: unknown, args: { path: string }) =>
          args.path === '/moved' ? { to: '/moved-here', status: 301 } : null,
        // The cms's storefront entry, as the real one answers: a page, a redirect or the 404 document.
        storefrontDocument: (_: unknown, args: { path: string; base: string; query: string | null }) =>
          args.path === '/moved'
            ? {
                status: 200,
                html: null,
                contentSecurityPolicy: null,
                redirect: { to: '/moved-here', status: 301 },
              }
            : args.path === '/missing'
              ? {
                  status: 404,
                  html: `<h1>Page not found</h1><a href="${args.base}/">Home</a>`,
                  contentSecurityPolicy: "default-src 'self'",
                  redirect: null,
                }
              : {
                  status: 200,
                  html: `<h1>Page ${args.path}${args.query ? `?${args.query}` : ''}</h1>`,
                  contentSecurityPolicy: "default-src 'self'",
                  redirect: null,
                },
        siteIndexing: () => ({ discourageIndexing: false }),
        whoami: (_: unknown, __: unknown, { ctx }: Ctx) => ({
          tenantId: ctx.tenantId,
          actorKind: ctx.actor.kind,
          region: ctx.region,
        }),
      },
      Product: {
        __resolveReference: (ref: { id: string }) => ({ id: ref.id, description: `About ${ref.id}` }),
      },
    },
    contextSecret,
  );
}

/** The auth subgraph's JWKS, tenant directory and members' stored roles, with keys that can be rotated. */
export interface AuthStandin {
  service: HttpService;
  /** What config.serviceUrl('auth') should return. */
  graphqlUrl: string;
  tenants: TenantRecord[];
  directoryLookups: number;
  /** Stored memberships by `<tenant id>:<user id>`; issuing a tenant-bound token stores its role. */
  members: Map<string, { role: string; siteIds: string[] | null }>;
  /** Replaces the signing key; the JWKS then publishes only the new one. */
  rotateKey(): Promise<string>;
  issueToken(
    claims: { sub: string; tid?: string; role?: string; pa?: boolean },
    expiresIn?: string,
  ): Promise<string>;
}

export async function startAuthStandin(contextSecret: string, issuer: string): Promise<AuthStandin> {
  let key: { kid: string; privateKey: CryptoKey; jwk: JWK };
  const newKey = async () => {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const kid = randomUUID();
    return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' } };
  };
  key = await newKey();

  const routes: Route[] = [
    (_req, res, url) => {
      if (url.pathname !== '/.well-known/jwks.json') return false;
      sendJson(res, 200, { keys: [key.jwk] });
      return true;
    },
    (req, res, url) => {
      if (url.pathname !== '/internal/tenants' && url.pathname !== '/internal/memberships') return false;
      try {
        const header = req.headers[CONTEXT_HEADER];
        const ctx = verifyContext(typeof header === 'string' ? header : undefined, contextSecret);
        if (ctx.actor.kind !== 'internal' || ctx.actor.service !== 'gateway')
          throw new Error('not the gateway');
      } catch (err) {
        sendGraphQLError(res, 401, 'UNAUTHENTICATED', (err as Error).message);
        return true;
      }
      if (url.pathname === '/internal/memberships') {
        const member = standin.members.get(
          `${url.searchParams.get('tenant')}:${url.searchParams.get('user')}`,
        );
        if (member) sendJson(res, 200, member);
        else sendJson(res, 404, { error: 'not a member' });
        return true;
      }
      standin.directoryLookups++;
      const slug = url.searchParams.get('slug');
      const host = url.searchParams.get('host');
      const id = url.searchParams.get('id');
      const tenant = standin.tenants.find(
        (t) =>
          t.slug === slug || t.id === id || (host !== null && t.regions.some((r) => r.hosts.includes(host))),
      );
      if (tenant) sendJson(res, 200, tenant);
      else sendJson(res, 404, { error: 'not found' });
      return true;
    },
  ];
  const service = await startHttpService({ name: 'standin-auth', host: '127.0.0.1', port: 0, routes });
  const standin: AuthStandin = {
    service,
    graphqlUrl: `${service.url}/graphql`,
    tenants: [DEMO_TENANT, OTHER_TENANT, SUSPENDED_TENANT],
    directoryLookups: 0,
    members: new Map(),
    async rotateKey() {
      key = await newKey();
      return key.kid;
    },
    issueToken(claims, expiresIn = '15m') {
      if (claims.tid && claims.role && !standin.members.has(`${claims.tid}:${claims.sub}`)) {
        standin.members.set(`${claims.tid}:${claims.sub}`, { role: claims.role, siteIds: null });
      }
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'EdDSA', kid: key.kid })
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(key.privateKey);
    },
  };
  return standin;
}

export function composeSupergraph(subgraphs: { name: string; sdl: string; url: string }[]): string {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, typeDefs: parse(s.sdl), url: s.url })),
  );
  if (result.errors) throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}

export interface StandinStack {
  auth: AuthStandin;
  commerce: StandinSubgraph;
  cms: StandinSubgraph;
  supergraphSdl: string;
  contextSecret: string;
  /** Environment that points a gateway config at these stand-ins. */
  env: Record<string, string>;
  /** A gateway config for this stack, with `overrides` applied to the environment. */
  config(overrides?: Record<string, string>): Config;
  close(): Promise<void>;
}

export async function startStandinStack(contextSecret = randomUUID() + randomUUID()): Promise<StandinStack> {
  const issuer = 'webhaze-test';
  const [auth, commerce, cms] = await Promise.all([
    startAuthStandin(contextSecret, issuer),
    startCommerceStandin(contextSecret),
    startCmsStandin(contextSecret),
  ]);
  const supergraphSdl = composeSupergraph([
    { name: 'commerce', sdl: COMMERCE_SDL, url: commerce.graphqlUrl },
    { name: 'cms', sdl: CMS_SDL, url: cms.graphqlUrl },
  ]);
  const env: Record<string, string> = {
    CONTEXT_SECRET: contextSecret,
    JWT_ISSUER: issuer,
    AUTH_URL: auth.graphqlUrl,
    CMS_URL: cms.graphqlUrl,
    COMMERCE_URL: commerce.graphqlUrl,
    HOST: '127.0.0.1',
    PLATFORM_HOSTS: 'localhost,127.0.0.1',
  };
  return {
    auth,
    commerce,
    cms,
    supergraphSdl,
    contextSecret,
    env,
    config: (overrides = {}) => loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env, ...overrides }),
    async close() {
      await Promise.all([auth.service.close(), commerce.service.close(), cms.service.close()]);
    },
  };
}
