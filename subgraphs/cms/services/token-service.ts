import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, badInput, conflict } from '../../../core/errors.js';
import type { EventBus } from '../../../core/events.js';
import { parseInput } from '../../../core/input.js';
import { logger } from '../../../core/logger.js';
import { cssVariableName } from '../../../templates/token-css.js';
import { type TokenOverride, TokenOverrideSchema } from '../entities/cms.js';
import { TokenDraftSchema } from '../entities/themes.js';
import { fontFacesOfTokens, type ResolvedFontFace } from '../tokens/fonts.js';
import { type LayerName, resolveTokens, type TokenError, type TokenLayer } from '../tokens/resolve.js';
import { globalTokenDocument } from '../tokens/schema.js';
import { assertExpectedVersion } from './optimistic.js';
import { appendThemeVersion } from './theme-history.js';

/** One resolved token as the graph shows it. */
export interface DesignTokenView {
  path: string;
  type: string;
  value: unknown;
  description: string | null;
  cssVariable: string;
}

export interface DesignTokensView {
  css: string;
  tokens: DesignTokenView[];
  /** Self-hosted faces declared on fontFamily tokens (the renderer turns them into `@font-face`). */
  fontFaces: ResolvedFontFace[];
}

export interface TokenOverrideView {
  scope: string;
  region: string | null;
  document: Record<string, unknown>;
  version: number;
  updatedAt: Date;
}

/** Largest override document accepted, serialised. */
export const MAX_OVERRIDE_BYTES = 64 * 1024;

/** A stored document of one scope, published or draft. */
export type ScopedDocument = Pick<TokenOverride, 'scope' | 'document'>;

export const TENANT_SCOPE = 'tenant';
export const regionCode = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,15}$/, 'Region codes use 1-16 lowercase letters, digits and hyphens');
export const regionScope = (region: string) => `region:${region}`;

/** The scope of a region code (validated), or the tenant-wide one for null. */
export const scopeOf = (region: string | null | undefined): string =>
  region == null ? TENANT_SCOPE : regionScope(parseInput(regionCode, region));

/** The region code of a scope; null for the tenant-wide one. */
export const regionOfScope = (scope: string): string | null =>
  scope.startsWith('region:') ? scope.slice('region:'.length) : null;

const writeInput = z.object({
  document: z.record(z.string(), z.unknown(), 'The token document must be a JSON object'),
  expectedVersion: z.number().int().min(0).nullish(),
});

/** The size bound and shape check every document passes, saved or previewed. */
export function checkedInput(document: unknown, expectedVersion: number | null) {
  const bytes = Buffer.byteLength(JSON.stringify(document ?? null));
  if (bytes > MAX_OVERRIDE_BYTES) {
    throw badInput(`document: larger than ${MAX_OVERRIDE_BYTES} bytes (${bytes})`, 'document');
  }
  return parseInput(writeInput, { document, expectedVersion });
}

function toView(row: TokenOverride): TokenOverrideView {
  return {
    scope: row.scope,
    region: regionOfScope(row.scope),
    document: row.document,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

function toDesignTokens(result: ReturnType<typeof resolveTokens>): DesignTokensView {
  return {
    css: result.css,
    tokens: [...result.tokens].map(([path, token]) => ({
      path,
      type: token.type,
      value: token.value,
      description: token.description ?? null,
      cssVariable: cssVariableName(path),
    })),
    fontFaces: fontFacesOfTokens(result.tokens),
  };
}

/**
 * BAD_USER_INPUT for an override that does not validate or resolve. The message starts with the
 * first problem's token path; `extensions.path` carries it, `extensions.problems` lists them all.
 */
function tokensRefused(errors: TokenError[], written: LayerName, context: string): AppError {
  const ordered = [
    ...errors.filter((e) => e.layer === written),
    ...errors.filter((e) => e.layer !== written),
  ];
  const first = ordered[0]!;
  const more =
    ordered.length > 1 ? ` (and ${ordered.length - 1} more problem${ordered.length > 2 ? 's' : ''})` : '';
  return new AppError('BAD_USER_INPUT', `${first.message}${context}${more}`, {
    field: 'document',
    path: first.path,
    layer: first.layer,
    problems: ordered.slice(0, 50).map(({ kind, path, layer, message }) => ({ kind, path, layer, message })),
  });
}

/**
 * Design tokens of a tenant: global defaults < template defaults < tenant override < region
 * override, resolved by `tokens/resolve.ts`. Overrides are validated on write: the document must
 * match the token schema and every merge it takes part in must resolve without errors.
 */
export class TokenService {
  /**
   * Resolved tokens per (tenant, template layer, region): every uncached page render needs them,
   * and they change only on a token write. Evicted per tenant by writes here and, once `listen`
   * is wired, by `tokens-changed` events from other replicas; the TTL is the backstop.
   */
  private readonly resolved = new Map<
    string,
    { view: Promise<DesignTokensView>; at: number; tenantId: string }
  >();
  /** Template layers by identity (templateTokensOf returns the same object for a template). */
  private readonly templateKeys = new WeakMap<object, number>();
  private templateCount = 0;
  private events: Pick<EventBus, 'publish'> | null = null;

  constructor(
    private readonly db: SubgraphDb,
    private readonly now: () => Date = () => new Date(),
    private readonly globalDocument: unknown = globalTokenDocument,
    private readonly cache: { ttlMs?: number; maxEntries?: number } = {},
  ) {}

  /** Writes announce `tokens-changed` (and `pages-changed`: cached pages show the tokens); others' evict here. */
  async listen(events: Pick<EventBus, 'publish' | 'subscribe'>): Promise<void> {
    this.events = events;
    await events.subscribe('tokens-changed', (tenantId) => this.forget(tenantId));
  }

  /** Drops a tenant's resolved tokens. */
  forget(tenantId: string): void {
    for (const [key, entry] of this.resolved) if (entry.tenantId === tenantId) this.resolved.delete(key);
  }

  private templateKey(templateTokens: unknown): string | null {
    if (templateTokens === undefined) return '-';
    if (typeof templateTokens !== 'object' || templateTokens === null) return null;
    let key = this.templateKeys.get(templateTokens);
    if (key === undefined) {
      key = ++this.templateCount;
      this.templateKeys.set(templateTokens, key);
    }
    return String(key);
  }

  /**
   * The resolved tokens for the request's tenant and region (`region` defaults to the request's).
   * `templateTokens` is the token layer of the template the page was created from.
   * Without a tenant the global defaults are returned. Stored overrides were validated on write;
   * if a later change of the defaults breaks one, the broken layer is skipped and logged.
   * `draft`: the theme draft's documents replace the published ones of their scopes (theme preview
   * links only; never cached, never what a visitor's render asks for).
   */
  async designTokens(
    ctx: RequestContext,
    region: string | null = null,
    opts: { templateTokens?: unknown; draft?: boolean } = {},
  ): Promise<DesignTokensView> {
    // An explicit region must be well formed; the request's region is used only when it is.
    const code =
      region !== null ? parseInput(regionCode, region) : (regionCode.safeParse(ctx.region).data ?? null);
    const base: TokenLayer[] = [{ name: 'global', document: this.globalDocument }];
    if (opts.templateTokens !== undefined) base.push({ name: 'template', document: opts.templateTokens });
    if (!ctx.tenantId) return toDesignTokens(resolveTokens(base));
    if (opts.draft) return this.resolve(ctx, code, base, true);
    const template = this.templateKey(opts.templateTokens);
    if (template === null) return this.resolve(ctx, code, base);
    const key = `${ctx.tenantId}\n${template}\n${code ?? ''}`;
    const at = this.now().getTime();
    const hit = this.resolved.get(key);
    if (hit && at - hit.at <= (this.cache.ttlMs ?? 60_000)) return hit.view;
    const view = this.resolve(ctx, code, base);
    this.resolved.delete(key);
    this.resolved.set(key, { view, at, tenantId: ctx.tenantId });
    if (this.resolved.size > (this.cache.maxEntries ?? 1_000)) {
      this.resolved.delete(this.resolved.keys().next().value!);
    }
    // A failed read is not remembered.
    view.catch(() => {
      if (this.resolved.get(key)?.view === view) this.resolved.delete(key);
    });
    return view;
  }

  private async resolve(
    ctx: RequestContext,
    code: string | null,
    base: TokenLayer[],
    draft = false,
  ): Promise<DesignTokensView> {
    const scopes = { scope: { $in: [TENANT_SCOPE, ...(code ? [regionScope(code)] : [])] } };
    const rows: ScopedDocument[] = await withTenant(this.db, ctx, async (em) => {
      const published = await em.find(TokenOverrideSchema, scopes);
      return draft ? overlay(published, await em.find(TokenDraftSchema, scopes)) : published;
    });
    const tenant = rows.find((r) => r.scope === TENANT_SCOPE);
    const regional = rows.find((r) => r.scope !== TENANT_SCOPE);
    let layers: TokenLayer[] = [
      ...base,
      ...(tenant ? [{ name: 'tenant' as const, document: tenant.document }] : []),
      ...(regional ? [{ name: 'region' as const, document: regional.document }] : []),
    ];
    let result = resolveTokens(layers);
    // Drop the layers that introduced problems (never the global defaults) until the rest resolves.
    while (result.errors.length) {
      const bad = new Set<LayerName>(result.errors.map((e) => e.layer).filter((name) => name !== 'global'));
      if (!bad.size) break;
      logger().warn(
        { tenantId: ctx.tenantId, region: code, dropped: [...bad], errors: result.errors.slice(0, 5) },
        'design tokens do not resolve; skipping the layers that break them',
      );
      layers = layers.filter((l) => !bad.has(l.name));
      result = resolveTokens(layers);
    }
    return toDesignTokens(result);
  }

  /** Just the stylesheet, for the renderer (`templateTokens`: the page template's default layer). */
  async tokensCss(
    ctx: RequestContext,
    region: string | null = null,
    opts: { templateTokens?: unknown; draft?: boolean } = {},
  ): Promise<string> {
    return (await this.designTokens(ctx, region, opts)).css;
  }

  /** The tenant's stored overrides: the tenant one first, then regions by code. */
  async tenantTokenOverrides(ctx: RequestContext): Promise<TokenOverrideView[]> {
    const rows = await withTenant(this.db, ctx, (em) => em.find(TokenOverrideSchema, {}));
    return rows
      .sort((a, b) =>
        a.scope === b.scope
          ? 0
          : a.scope === TENANT_SCOPE
            ? -1
            : b.scope === TENANT_SCOPE
              ? 1
              : a.scope < b.scope
                ? -1
                : 1,
      )
      .map(toView);
  }

  /**
   * Replaces the tenant-wide override, live at once. It must resolve alone and under each stored
   * region override. Deprecated in the graph in favour of the theme draft (services/theme-drafts.ts).
   */
  setTenantTokens(
    ctx: RequestContext,
    document: unknown,
    expectedVersion: number | null,
  ): Promise<TokenOverrideView> {
    return this.write(ctx, TENANT_SCOPE, document, expectedVersion);
  }

  /** Replaces one region's override. It must resolve over the tenant override. */
  setRegionTokens(
    ctx: RequestContext,
    region: string,
    document: unknown,
    expectedVersion: number | null,
  ): Promise<TokenOverrideView> {
    const code = parseInput(regionCode, region);
    return this.write(ctx, regionScope(code), document, expectedVersion);
  }

  /**
   * The tokens as they would resolve with `document` saved as the tenant-wide override (or, with
   * `region`, as that region's override over the stored tenant one): bounded, shape-checked and
   * validated exactly like a save (same problems, same BAD_USER_INPUT), then resolved
   * global < tenant < region with the unsaved document in its layer. Nothing is stored, cached or
   * announced.
   */
  async previewDesignTokens(
    ctx: RequestContext,
    document: unknown,
    region: string | null = null,
  ): Promise<DesignTokensView> {
    const scope = region === null ? TENANT_SCOPE : regionScope(parseInput(regionCode, region));
    const data = checkedInput(document, null);
    const rows = await withTenant(this.db, ctx, (em) => em.find(TokenOverrideSchema, {}));
    this.assertResolves(scope, data.document, rows);
    const layers: TokenLayer[] = [{ name: 'global', document: this.globalDocument }];
    if (scope === TENANT_SCOPE) layers.push({ name: 'tenant', document: data.document });
    else {
      const tenant = rows.find((r) => r.scope === TENANT_SCOPE);
      if (tenant) layers.push({ name: 'tenant', document: tenant.document });
      layers.push({ name: 'region', document: data.document });
    }
    return toDesignTokens(resolveTokens(layers));
  }

  private async write(
    ctx: RequestContext,
    scope: string,
    document: unknown,
    expectedVersion: number | null,
  ): Promise<TokenOverrideView> {
    const data = checkedInput(document, expectedVersion);
    try {
      const row = await withTenant(this.db, ctx, async (em) => {
        await lockTenantTokens(em, ctx);
        const rows = await em.find(TokenOverrideSchema, {});
        const current = rows.find((r) => r.scope === scope);
        const stored = current?.version ?? 0;
        assertExpectedVersion(`${scope} tokens`, stored, data.expectedVersion);
        this.assertResolves(scope, data.document, rows);
        const written = await writeOverride(em, ctx, scope, data.document, this.now());
        // What visitors see changed: the theme history records it like a publish.
        await appendThemeVersion(em, ctx, this.now());
        return written;
      });
      await this.changed(ctx.tenantId!);
      return toView(row);
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict(`The ${scope} tokens were created by someone else meanwhile; reload and retry`);
      }
      throw err;
    }
  }

  /** After a committed write: this replica forgets at once, the others and every gateway's page cache by event. */
  async changed(tenantId: string): Promise<void> {
    this.forget(tenantId);
    if (!this.events) return;
    try {
      await Promise.all([
        this.events.publish('tokens-changed', tenantId),
        this.events.publish('pages-changed', tenantId),
      ]);
    } catch (err) {
      // At-most-once, like every platform event: the caches' TTLs bound the staleness.
      logger().warn({ err, tenantId }, 'announcing a design token change failed');
    }
  }

  /**
   * Every merge the new document of `scope` takes part in must resolve without errors, with `rows`
   * the other scopes' documents it is merged with (published ones, or a draft's view of them).
   */
  assertResolves(scope: string, document: Record<string, unknown>, rows: readonly ScopedDocument[]): void {
    const global: TokenLayer = { name: 'global', document: this.globalDocument };
    if (scope === TENANT_SCOPE) {
      const tenant: TokenLayer = { name: 'tenant', document };
      const alone = resolveTokens([global, tenant]);
      if (alone.errors.length) throw tokensRefused(alone.errors, 'tenant', '');
      for (const row of rows
        .filter((r) => r.scope !== TENANT_SCOPE)
        .sort((a, b) => (a.scope < b.scope ? -1 : 1))) {
        const withRegion = resolveTokens([global, tenant, { name: 'region', document: row.document }]);
        if (withRegion.errors.length) {
          throw tokensRefused(
            withRegion.errors,
            'tenant',
            ` (with the ${regionOfScope(row.scope)} region override)`,
          );
        }
      }
      return;
    }
    const tenant = rows.find((r) => r.scope === TENANT_SCOPE);
    const result = resolveTokens([
      global,
      ...(tenant ? [{ name: 'tenant' as const, document: tenant.document }] : []),
      { name: 'region', document },
    ]);
    if (result.errors.length) throw tokensRefused(result.errors, 'region', '');
  }
}

/** The published documents with each draft's document in place of its scope's (drafts of new scopes added). */
export function overlay(
  published: readonly ScopedDocument[],
  drafts: readonly ScopedDocument[],
): ScopedDocument[] {
  const byScope = new Map(published.map((row) => [row.scope, row.document]));
  for (const draft of drafts) byScope.set(draft.scope, draft.document);
  return [...byScope].map(([scope, document]) => ({ scope, document }));
}

/** Writes one scope's published override (creating it), its version one higher. Inside the token lock. */
export async function writeOverride(
  em: EntityManager,
  ctx: RequestContext,
  scope: string,
  document: Record<string, unknown>,
  at: Date,
): Promise<TokenOverride> {
  const current = await em.findOne(TokenOverrideSchema, { scope });
  if (current) {
    current.document = document;
    current.version += 1;
    current.updatedAt = at;
    await em.flush();
    return current;
  }
  const created = em.create(TokenOverrideSchema, {
    id: randomUUID(),
    tenantId: ctx.tenantId!,
    scope,
    document,
    version: 1,
    updatedAt: at,
  });
  await em.flush();
  return created;
}

/** One token write per tenant at a time: validation reads the other documents it must agree with. */
export async function lockTenantTokens(em: EntityManager, ctx: RequestContext): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`webhaze:tokens:${ctx.tenantId}`]);
}
