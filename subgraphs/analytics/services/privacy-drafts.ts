import { z } from 'zod';
import { actorLabel, type RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import { logger } from '../../../core/logger.js';
import { checkPageSize } from '../../../core/pagination.js';
import {
  AnalyticsSettingsSchema,
  type PrivacyDraft,
  PrivacyDraftSchema,
  type PrivacySettings,
  type PrivacyVersion,
  PrivacyVersionSchema,
} from '../entities/analytics.js';
import {
  type AnalyticsSettingsService,
  appendPrivacyVersion,
  latestPrivacyVersion,
  lockPrivacy,
  privacyInput,
  privacyOf,
  withChanges,
} from './settings-service.js';

export interface PrivacyVersionConnection {
  edges: { cursor: string; node: PrivacyVersion }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const expectedVersion = z.number().int().min(0).nullish();
const versionNumber = z.number().int().min(1, 'version: a published privacy version (1 or more)');

const encodeCursor = (version: number) => Buffer.from(`v${version}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  const match = /^v(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('after: not a valid cursor', 'after');
  return Number(match[1]);
}

function assertExpected(what: string, stored: number, expected: number | null | undefined): void {
  if (expected != null && expected !== stored) {
    throw conflict(`The ${what} was changed since version ${expected}; the stored version is ${stored}`, {
      storedVersion: stored,
    });
  }
}

/**
 * Privacy as a draft (ADR 0059): what visitors get of the analytics settings (Clarity loading, the
 * consent policy and banner, the first-party beacon) is edited as one draft per tenant, published
 * explicitly as a new version and rolled back by publishing a copy of an older one. Retention is
 * not visitor-facing and stays a direct setting.
 */
export class PrivacyDraftService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly settings: Pick<AnalyticsSettingsService, 'settings' | 'defaults'>,
    private readonly now: () => Date = () => new Date(),
    /** Called after a publish or rollback: rendered pages carry the policy (cache purge). */
    private readonly onChanged: (tenantId: string) => Promise<void> = async () => {},
  ) {}

  /** The tenant's draft, or null when the live settings have no pending changes. */
  draft(ctx: RequestContext): Promise<PrivacyDraft | null> {
    return withTenant(this.db, ctx, (em) => em.findOne(PrivacyDraftSchema, { tenantId: ctx.tenantId! }));
  }

  /**
   * The settings a draft preview decides with: the draft's, else the live ones (retention and the
   * rest of the live row kept).
   */
  async draftSettings(ctx: RequestContext) {
    const [live, draft] = await Promise.all([this.settings.settings(ctx), this.draft(ctx)]);
    return draft ? { ...live, ...draft.settings } : live;
  }

  /**
   * Saves changes to the draft (omitted fields keep the draft's value, or the live one when there is
   * no draft yet). `expectedVersion`: the draft version edited (0 when there is none).
   */
  async saveDraft(ctx: RequestContext, input: unknown, expected: number | null): Promise<PrivacyDraft> {
    const data = parseInput(privacyInput, input);
    const wanted = parseInput(expectedVersion, expected);
    const live = await this.settings.settings(ctx);
    return withTenant(this.db, ctx, async (em) => {
      await lockPrivacy(em, ctx);
      const current = await em.findOne(PrivacyDraftSchema, { tenantId: ctx.tenantId! });
      assertExpected('privacy draft', current?.version ?? 0, wanted);
      const next = withChanges(current?.settings ?? privacyOf(live), data);
      const at = this.now();
      if (current) {
        current.settings = next;
        current.version += 1;
        current.updatedAt = at;
        current.updatedBy = actorLabel(ctx);
        await em.flush();
        return current;
      }
      const created = em.create(PrivacyDraftSchema, {
        tenantId: ctx.tenantId!,
        settings: next,
        version: 1,
        updatedAt: at,
        updatedBy: actorLabel(ctx),
      });
      await em.flush();
      return created;
    });
  }

  /** Drops the draft; the live settings stay. False when there was none. */
  async discardDraft(ctx: RequestContext, expected: number | null): Promise<boolean> {
    const wanted = parseInput(expectedVersion, expected);
    return withTenant(this.db, ctx, async (em) => {
      await lockPrivacy(em, ctx);
      const current = await em.findOne(PrivacyDraftSchema, { tenantId: ctx.tenantId! });
      assertExpected('privacy draft', current?.version ?? 0, wanted);
      if (!current) return false;
      em.remove(current);
      await em.flush();
      return true;
    });
  }

  /**
   * Makes the draft live as the next version, drops it and purges the cached pages.
   * `expected`: the newest published version seen (0 before the first).
   */
  async publish(ctx: RequestContext, expected: number | null): Promise<PrivacyVersion> {
    const wanted = parseInput(expectedVersion, expected);
    const version = await withTenant(this.db, ctx, async (em) => {
      await lockPrivacy(em, ctx);
      assertExpected('published privacy settings', await latestPrivacyVersion(em), wanted);
      const draft = await em.findOne(PrivacyDraftSchema, { tenantId: ctx.tenantId! });
      if (!draft) throw badInput('The privacy settings have no draft changes to publish', 'draft');
      const at = this.now();
      await this.applyLive(em, ctx, draft.settings, at);
      em.remove(draft);
      await em.flush();
      return appendPrivacyVersion(em, ctx, draft.settings, at);
    });
    await this.changed(ctx.tenantId!);
    return version;
  }

  /** Publishes a copy of an older version as the newest; the draft is kept. */
  async rollBack(ctx: RequestContext, version: number, expected: number | null): Promise<PrivacyVersion> {
    const target = parseInput(versionNumber, version);
    const wanted = parseInput(expectedVersion, expected);
    const published = await withTenant(this.db, ctx, async (em) => {
      await lockPrivacy(em, ctx);
      assertExpected('published privacy settings', await latestPrivacyVersion(em), wanted);
      const old = await em.findOne(PrivacyVersionSchema, { version: target });
      if (!old) throw notFound(`Privacy version ${target}`);
      const at = this.now();
      await this.applyLive(em, ctx, old.settings, at);
      return appendPrivacyVersion(em, ctx, old.settings, at, target);
    });
    await this.changed(ctx.tenantId!);
    return published;
  }

  /** Published privacy versions, newest first. */
  async versions(
    ctx: RequestContext,
    first: number,
    after: string | null,
  ): Promise<PrivacyVersionConnection> {
    checkPageSize(first);
    const before = decodeCursor(after);
    const rows = await withTenant(this.db, ctx, (em) =>
      em.find(PrivacyVersionSchema, before !== null ? { version: { $lt: before } } : {}, {
        orderBy: { version: 'desc' },
        limit: first + 1,
      }),
    );
    const slice = rows.slice(0, first);
    return {
      edges: slice.map((node) => ({ cursor: encodeCursor(node.version), node })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: slice.length ? encodeCursor(slice.at(-1)!.version) : null,
      },
    };
  }

  private async applyLive(
    em: EntityManager,
    ctx: RequestContext,
    next: PrivacySettings,
    at: Date,
  ): Promise<void> {
    let live = await em.findOne(AnalyticsSettingsSchema, { tenantId: ctx.tenantId! });
    if (!live) live = em.create(AnalyticsSettingsSchema, this.settings.defaults(ctx.tenantId!, at));
    Object.assign(live, privacyOf(next));
    live.updatedAt = at;
    await em.flush();
  }

  private async changed(tenantId: string): Promise<void> {
    await this.onChanged(tenantId).catch((err: unknown) =>
      logger().warn({ err, tenantId }, 'privacy settings published: page cache purge not sent'),
    );
  }
}
