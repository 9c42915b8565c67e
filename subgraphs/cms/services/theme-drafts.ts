import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { actorLabel, type RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import { checkPageSize } from '../../../core/pagination.js';
import { TokenOverrideSchema } from '../entities/cms.js';
import {
  type ThemeVersion,
  ThemeVersionSchema,
  type TokenDraft,
  TokenDraftSchema,
} from '../entities/themes.js';
import { assertExpectedVersion } from './optimistic.js';
import { appendThemeVersion, latestThemeVersion } from './theme-history.js';
import {
  checkedInput,
  lockTenantTokens,
  overlay,
  regionOfScope,
  scopeOf,
  TENANT_SCOPE,
  type TokenService,
  writeOverride,
} from './token-service.js';
import { encodeVersionCursor } from './versions.js';

export interface TokenDraftView {
  scope: string;
  region: string | null;
  document: Record<string, unknown>;
  version: number;
  updatedAt: Date;
  updatedBy: string;
}

export interface ThemeVersionView {
  version: number;
  publishedAt: Date;
  publishedBy: string;
  restoredFrom: number | null;
  overrides: { scope: string; region: string | null; document: Record<string, unknown> }[];
}

export interface ThemeVersionConnection {
  edges: { cursor: string; node: ThemeVersionView }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const versionNumber = z.number().int().min(1, 'version: a published theme version (1 or more)');

/** Tenant scope first, then regions by code (the order the overrides are listed in). */
const byScope = (a: { scope: string }, b: { scope: string }) =>
  a.scope === b.scope
    ? 0
    : a.scope === TENANT_SCOPE
      ? -1
      : b.scope === TENANT_SCOPE
        ? 1
        : a.scope < b.scope
          ? -1
          : 1;

function draftView(row: TokenDraft): TokenDraftView {
  return {
    scope: row.scope,
    region: regionOfScope(row.scope),
    document: row.document,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

function versionView(row: ThemeVersion): ThemeVersionView {
  return {
    version: row.version,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    restoredFrom: row.restoredFrom,
    overrides: Object.entries(row.documents)
      .map(([scope, document]) => ({ scope, region: regionOfScope(scope), document }))
      .sort(byScope),
  };
}

function decodeThemeCursor(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  const match = /^v(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('after: not a valid cursor', 'after');
  return Number(match[1]);
}

/**
 * The theme as a draft (ADR 0059): design token changes are saved as drafts per scope (tenant-wide,
 * one per region), which only theme preview links render; `publish` makes every draft live at once
 * as a new theme version, and `rollBack` publishes a copy of an older version. Versions are never
 * changed or deleted. Every write takes the tenant's token lock, like the direct override writes.
 */
export class ThemeDraftService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly tokens: Pick<TokenService, 'assertResolves' | 'changed'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The tenant's drafts: the tenant-wide one first, then regions by code. */
  async drafts(ctx: RequestContext): Promise<TokenDraftView[]> {
    const rows = await withTenant(this.db, ctx, (em) => em.find(TokenDraftSchema, {}));
    return rows.sort(byScope).map(draftView);
  }

  /**
   * Saves a scope's draft (region null: the tenant-wide one). Validated like a publish of the whole
   * draft would be: the document must resolve with the other scopes' drafts, or else their published
   * documents. `expectedVersion`: the draft version edited (0 when there is none).
   */
  async saveDraft(
    ctx: RequestContext,
    region: string | null,
    document: unknown,
    expectedVersion: number | null,
  ): Promise<TokenDraftView> {
    const scope = scopeOf(region);
    const data = checkedInput(document, expectedVersion);
    try {
      const row = await withTenant(this.db, ctx, async (em) => {
        await lockTenantTokens(em, ctx);
        const drafts = await em.find(TokenDraftSchema, {});
        const current = drafts.find((d) => d.scope === scope);
        assertExpectedVersion(`${scope} token draft`, current?.version ?? 0, data.expectedVersion);
        const others = overlay(await em.find(TokenOverrideSchema, {}), drafts).filter(
          (r) => r.scope !== scope,
        );
        this.tokens.assertResolves(scope, data.document, others);
        const at = this.now();
        if (current) {
          current.document = data.document;
          current.version += 1;
          current.updatedAt = at;
          current.updatedBy = actorLabel(ctx);
          await em.flush();
          return current;
        }
        const created = em.create(TokenDraftSchema, {
          id: randomUUID(),
          tenantId: ctx.tenantId!,
          scope,
          document: data.document,
          version: 1,
          updatedAt: at,
          updatedBy: actorLabel(ctx),
        });
        await em.flush();
        return created;
      });
      return draftView(row);
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict(`The ${scope} token draft was created by someone else meanwhile; reload and retry`);
      }
      throw err;
    }
  }

  /** Drops a scope's draft; the published document stays. False when there was none. */
  async discardDraft(
    ctx: RequestContext,
    region: string | null,
    expectedVersion: number | null,
  ): Promise<boolean> {
    const scope = scopeOf(region);
    const expected = parseInput(z.number().int().min(0).nullish(), expectedVersion);
    return withTenant(this.db, ctx, async (em) => {
      await lockTenantTokens(em, ctx);
      const current = await em.findOne(TokenDraftSchema, { scope });
      assertExpectedVersion(`${scope} token draft`, current?.version ?? 0, expected);
      if (!current) return false;
      em.remove(current);
      await em.flush();
      return true;
    });
  }

  /**
   * Makes every draft live at once: each is validated over the others, written as its scope's
   * published override, and the result appended as the next theme version; then the drafts are
   * dropped and the caches purged. `expectedVersion`: the newest published version seen (0 before
   * the first); another publish meanwhile is a CONFLICT.
   */
  async publish(ctx: RequestContext, expectedVersion: number | null): Promise<ThemeVersionView> {
    const expected = parseInput(z.number().int().min(0).nullish(), expectedVersion);
    const published = await withTenant(this.db, ctx, async (em) => {
      await lockTenantTokens(em, ctx);
      assertExpectedVersion('published theme', await latestThemeVersion(em), expected);
      const drafts = (await em.find(TokenDraftSchema, {})).sort(byScope);
      if (!drafts.length) throw badInput('The theme has no draft changes to publish', 'draft');
      const merged = overlay(await em.find(TokenOverrideSchema, {}), drafts);
      for (const draft of drafts) {
        this.tokens.assertResolves(
          draft.scope,
          draft.document,
          merged.filter((r) => r.scope !== draft.scope),
        );
      }
      const at = this.now();
      for (const draft of drafts) await writeOverride(em, ctx, draft.scope, draft.document, at);
      for (const draft of drafts) em.remove(draft);
      await em.flush();
      return appendThemeVersion(em, ctx, at);
    });
    await this.tokens.changed(ctx.tenantId!);
    return versionView(published);
  }

  /**
   * Publishes a copy of an older version as the newest one (history stays append-only): every
   * scope of that version gets its document back, scopes it did not have lose their override.
   * Drafts are kept. `expectedVersion`: the newest published version seen.
   */
  async rollBack(
    ctx: RequestContext,
    version: number,
    expectedVersion: number | null,
  ): Promise<ThemeVersionView> {
    const target = parseInput(versionNumber, version);
    const expected = parseInput(z.number().int().min(0).nullish(), expectedVersion);
    const published = await withTenant(this.db, ctx, async (em) => {
      await lockTenantTokens(em, ctx);
      assertExpectedVersion('published theme', await latestThemeVersion(em), expected);
      const old = await em.findOne(ThemeVersionSchema, { version: target });
      if (!old) throw notFound(`Theme version ${target}`);
      const at = this.now();
      for (const override of await em.find(TokenOverrideSchema, {})) {
        if (!(override.scope in old.documents)) em.remove(override);
      }
      await em.flush();
      for (const [scope, document] of Object.entries(old.documents)) {
        await writeOverride(em, ctx, scope, document, at);
      }
      return appendThemeVersion(em, ctx, at, target);
    });
    await this.tokens.changed(ctx.tenantId!);
    return versionView(published);
  }

  /** Published theme versions, newest first. */
  async versions(ctx: RequestContext, first: number, after: string | null): Promise<ThemeVersionConnection> {
    checkPageSize(first);
    const before = decodeThemeCursor(after);
    const rows = await withTenant(this.db, ctx, (em) =>
      em.find(ThemeVersionSchema, before !== null ? { version: { $lt: before } } : {}, {
        orderBy: { version: 'desc' },
        limit: first + 1,
      }),
    );
    const slice = rows.slice(0, first);
    return {
      edges: slice.map((row) => ({ cursor: encodeVersionCursor(row.version), node: versionView(row) })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: slice.length ? encodeVersionCursor(slice.at(-1)!.version) : null,
      },
    };
  }
}
