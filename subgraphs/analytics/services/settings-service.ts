import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { actorLabel } from '../../../core/context.js';
import type { EntityManager } from '../../../core/db.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import { logger } from '../../../core/logger.js';
import {
  type AnalyticsSettings,
  AnalyticsSettingsSchema,
  type PrivacySettings,
  type PrivacyVersion,
  PrivacyVersionSchema,
} from '../entities/analytics.js';
import {
  type AnalyticsPolicy,
  CLARITY_PROJECT_ID,
  CONSENT_MODES,
  decideAnalyticsPolicy,
  NO_SIGNALS,
  type VisitorSignals,
} from './policy.js';

/** Clarity project ids are short lowercase alphanumerics; anything else never reaches a script. */
export const clarityProjectId = z
  .string()
  .regex(CLARITY_PROJECT_ID, 'Clarity project id must be 6–16 lowercase letters and digits');

/** Region codes as tenants configure them (same shape as the cms token scopes). */
export const regionCode = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,15}$/, 'region codes are 1–16 lowercase letters, digits and dashes');

/** Raw events are kept this many days (aggregates hold no visitor hashes and are kept). */
export const RETENTION_DAYS = { min: 1, max: 730, default: 395 } as const;

export const BANNER_LIMITS = { title: 80, body: 600, label: 30, banners: 50, regions: 100 } as const;

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const NOT_PLAIN_TEXT = /[<>\u0000-\u0008\u000b-\u001f\u007f]/;

/** Plain text only: no markup, no control characters (React escapes anyway; this keeps it readable). */
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !NOT_PLAIN_TEXT.test(s), 'plain text only: no < > or control characters');

const bannerInput = z.object({
  region: regionCode.nullish().transform((r) => r ?? null),
  title: plainText(BANNER_LIMITS.title),
  body: plainText(BANNER_LIMITS.body),
  acceptLabel: plainText(BANNER_LIMITS.label),
  rejectLabel: plainText(BANNER_LIMITS.label),
});

/** The visitor-facing fields (PrivacySettings), as the draft and the deprecated direct update take them. */
export const privacyInput = z.object({
  clarityProjectId: clarityProjectId.nullish(),
  clarityEnabled: z.boolean().nullish(),
  consentMode: z.enum(CONSENT_MODES).nullish(),
  consentRegions: z
    .array(regionCode)
    .max(BANNER_LIMITS.regions, `at most ${BANNER_LIMITS.regions} regions`)
    .nullish(),
  consentBanners: z
    .array(bannerInput)
    .max(BANNER_LIMITS.banners, `at most ${BANNER_LIMITS.banners} banners`)
    .refine((list) => new Set(list.map((b) => b.region)).size === list.length, 'one banner per region')
    .nullish(),
  firstPartyAnalytics: z.boolean().nullish(),
});

const updateInput = privacyInput.extend({
  retentionDays: z
    .number()
    .int('must be a whole number of days')
    .min(RETENTION_DAYS.min, `must be at least ${RETENTION_DAYS.min} day`)
    .max(RETENTION_DAYS.max, `must be at most ${RETENTION_DAYS.max} days`)
    .nullish(),
});

const visitorSignals = z.object({
  gpc: z.boolean().nullish(),
  optOut: z.boolean().nullish(),
  consent: z.enum(['GRANTED', 'DENIED', 'UNKNOWN']).nullish(),
});

export class AnalyticsSettingsService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly now: () => Date = () => new Date(),
    /** Called after a committed change: rendered pages depend on these settings (cache purge). */
    private readonly onChanged: (tenantId: string) => Promise<void> = async () => {},
  ) {}

  async settings(ctx: RequestContext): Promise<AnalyticsSettings> {
    const stored = await withTenant(this.db, ctx, (em) =>
      em.findOne(AnalyticsSettingsSchema, { tenantId: ctx.tenantId! }),
    );
    return stored ?? this.defaults(ctx.tenantId!, new Date(0));
  }

  /**
   * The analytics policy for one page view: whether Clarity is injected and with which consent.
   * `region` defaults to the request's region; `signals` are what the storefront saw of the visitor.
   */
  async policy(
    ctx: RequestContext,
    region: string | null | undefined,
    signals: unknown,
    /** The settings to decide with; default: the live ones (a draft preview passes the draft's). */
    settingsOf: (ctx: RequestContext) => Promise<AnalyticsSettings> = (c) => this.settings(c),
  ): Promise<AnalyticsPolicy> {
    const given = parseInput(visitorSignals, signals ?? {});
    const visitor: VisitorSignals = {
      gpc: given.gpc ?? NO_SIGNALS.gpc,
      optOut: given.optOut ?? NO_SIGNALS.optOut,
      consent: given.consent ? (given.consent.toLowerCase() as VisitorSignals['consent']) : 'unknown',
    };
    const settings = await settingsOf(ctx);
    return decideAnalyticsPolicy(settings, region ?? ctx.region, visitor);
  }

  async update(ctx: RequestContext, input: unknown): Promise<AnalyticsSettings> {
    const data = parseInput(updateInput, input);
    const saved = await withTenant(this.db, ctx, async (em) => {
      let settings = await em.findOne(AnalyticsSettingsSchema, { tenantId: ctx.tenantId! });
      if (!settings) {
        settings = em.create(AnalyticsSettingsSchema, this.defaults(ctx.tenantId!, this.now()));
      }
      await lockPrivacy(em, ctx);
      const before = JSON.stringify(privacyOf(settings));
      Object.assign(settings, withChanges(privacyOf(settings), data));
      if (data.retentionDays != null) settings.retentionDays = data.retentionDays;
      settings.updatedAt = this.now();
      await em.flush();
      // A direct change of what visitors see is recorded like a publish (ADR 0059).
      if (JSON.stringify(privacyOf(settings)) !== before)
        await appendPrivacyVersion(em, ctx, settings, this.now());
      return settings;
    });
    await this.onChanged(saved.tenantId).catch((err: unknown) =>
      logger().warn(
        { err, tenantId: saved.tenantId },
        'analytics settings changed: page cache purge not sent',
      ),
    );
    return saved;
  }

  defaults(tenantId: string, updatedAt: Date): AnalyticsSettings {
    return {
      tenantId,
      clarityProjectId: null,
      clarityEnabled: false,
      consentMode: 'NONE',
      consentRegions: [],
      consentBanners: [],
      firstPartyAnalytics: false,
      retentionDays: RETENTION_DAYS.default,
      updatedAt,
    };
  }
}

/** The visitor-facing part of the settings. */
export function privacyOf(settings: PrivacySettings): PrivacySettings {
  return {
    clarityProjectId: settings.clarityProjectId,
    clarityEnabled: settings.clarityEnabled,
    consentMode: settings.consentMode,
    consentRegions: settings.consentRegions,
    consentBanners: settings.consentBanners,
    firstPartyAnalytics: settings.firstPartyAnalytics,
  };
}

/** `base` with the given fields changed (omitted ones kept), refused when the result is inconsistent. */
export function withChanges(base: PrivacySettings, data: z.infer<typeof privacyInput>): PrivacySettings {
  const next = { ...base };
  if (data.clarityProjectId !== undefined) next.clarityProjectId = data.clarityProjectId;
  if (data.clarityEnabled != null) next.clarityEnabled = data.clarityEnabled;
  if (data.consentMode != null) next.consentMode = data.consentMode;
  if (data.consentRegions != null) next.consentRegions = [...new Set(data.consentRegions)];
  if (data.consentBanners != null) next.consentBanners = data.consentBanners;
  if (data.firstPartyAnalytics != null) next.firstPartyAnalytics = data.firstPartyAnalytics;
  if (next.clarityEnabled && !next.clarityProjectId) {
    throw badInput('clarityEnabled: set a Clarity project id first', 'clarityEnabled');
  }
  if (next.consentMode === 'REQUIRED_IN_REGIONS' && next.consentRegions.length === 0) {
    throw badInput(
      'consentRegions: REQUIRED_IN_REGIONS needs at least one region code (or use ALWAYS)',
      'consentRegions',
    );
  }
  return next;
}

/** One privacy write per tenant at a time (draft saves, publishes, rollbacks, direct updates). */
export async function lockPrivacy(em: EntityManager, ctx: RequestContext): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`webhaze:privacy:${ctx.tenantId}`]);
}

/** The newest published privacy version of the request's tenant (0 before the first). */
export async function latestPrivacyVersion(em: EntityManager): Promise<number> {
  const newest = await em.findOne(PrivacyVersionSchema, {}, { orderBy: { version: 'desc' } });
  return newest?.version ?? 0;
}

/** Appends what visitors now get as the next privacy version (inside the privacy lock). */
export async function appendPrivacyVersion(
  em: EntityManager,
  ctx: RequestContext,
  settings: PrivacySettings,
  at: Date,
  restoredFrom: number | null = null,
): Promise<PrivacyVersion> {
  const row = em.create(PrivacyVersionSchema, {
    id: randomUUID(),
    tenantId: ctx.tenantId!,
    version: (await latestPrivacyVersion(em)) + 1,
    settings: privacyOf(settings),
    publishedAt: at,
    publishedBy: actorLabel(ctx),
    restoredFrom,
  });
  await em.flush();
  return row;
}
