import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import { type AnalyticsSettings, AnalyticsSettingsSchema } from '../entities.js';

/** Clarity project ids are short lowercase alphanumerics; anything else never reaches a script. */
export const clarityProjectId = z
  .string()
  .regex(/^[a-z0-9]{6,16}$/, 'Clarity project id must be 6–16 lowercase letters and digits');

const updateInput = z.object({
  clarityProjectId: clarityProjectId.nullish(),
  clarityEnabled: z.boolean().nullish(),
});

export class AnalyticsSettingsService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async settings(ctx: RequestContext): Promise<AnalyticsSettings> {
    const stored = await withTenant(this.db, ctx, (em) =>
      em.findOne(AnalyticsSettingsSchema, { tenantId: ctx.tenantId! }),
    );
    return (
      stored ?? {
        tenantId: ctx.tenantId!,
        clarityProjectId: null,
        clarityEnabled: false,
        updatedAt: new Date(0),
      }
    );
  }

  async update(ctx: RequestContext, input: unknown): Promise<AnalyticsSettings> {
    const data = parseInput(updateInput, input);
    return withTenant(this.db, ctx, async (em) => {
      let settings = await em.findOne(AnalyticsSettingsSchema, { tenantId: ctx.tenantId! });
      if (!settings) {
        settings = em.create(AnalyticsSettingsSchema, {
          tenantId: ctx.tenantId!,
          clarityProjectId: null,
          clarityEnabled: false,
          updatedAt: this.now(),
        });
      }
      if (data.clarityProjectId !== undefined) settings.clarityProjectId = data.clarityProjectId;
      if (data.clarityEnabled != null) settings.clarityEnabled = data.clarityEnabled;
      if (settings.clarityEnabled && !settings.clarityProjectId) {
        throw badInput('clarityEnabled: set a Clarity project id first', 'clarityEnabled');
      }
      settings.updatedAt = this.now();
      await em.flush();
      return settings;
    });
  }
}
