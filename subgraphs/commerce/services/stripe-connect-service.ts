import type Stripe from 'stripe';
import { z } from 'zod';
import type { Config } from '../../../core/config.js';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, platformQuery, type SubgraphDb, withTenant } from '../../../core/db.js';
import { parseInput } from '../../../core/input.js';
import { type CommerceSettings, CommerceSettingsSchema } from '../entities/orders.js';
import { callStripe, requireStripe } from './stripe-client.js';

export interface StripeConnection {
  accountId: string | null;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
}

const linkInput = z.object({
  returnUrl: z.string().url('returnUrl must be an absolute URL').max(2000).nullish(),
  refreshUrl: z.string().url('refreshUrl must be an absolute URL').max(2000).nullish(),
});

/**
 * Stripe Connect for tenants: an Express connected account per tenant, onboarding through Account
 * Links, and `account.updated` keeping `charges_enabled` current. Stripe is never called inside a
 * database transaction.
 */
export class StripeConnectService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly config: Pick<Config, 'publicUrl'>,
    private readonly stripe: Stripe | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async connection(ctx: RequestContext): Promise<StripeConnection> {
    const settings = await withTenant(this.db, ctx, (em) =>
      em.findOne(CommerceSettingsSchema, { tenantId: ctx.tenantId! }),
    );
    return toConnection(settings);
  }

  /**
   * Creates the tenant's connected account on first use (idempotent per tenant) and returns a
   * fresh onboarding link (Account Links expire within minutes: ask for a new one each time).
   */
  async onboardingLink(ctx: RequestContext, input: unknown): Promise<{ url: string; expiresAt: Date }> {
    const stripe = requireStripe(this.stripe);
    const data = parseInput(linkInput, input ?? {});
    const tenantId = ctx.tenantId!;
    const settings = await withTenant(this.db, ctx, (em) => em.findOne(CommerceSettingsSchema, { tenantId }));
    let accountId = settings?.stripeAccountId ?? null;
    if (!accountId) {
      const account = await callStripe(() =>
        stripe.accounts.create(
          { type: 'express', metadata: { tenantId } },
          { idempotencyKey: `webhaze-connect-account-${tenantId}` },
        ),
      );
      accountId = account.id;
      // Two first clicks at once get the same account (same idempotency key); the row is
      // written once and an account id already stored wins.
      accountId = await withTenant(this.db, ctx, async (em) => {
        const [row] = await em.execute<{ stripe_account_id: string }[]>(
          `insert into commerce.commerce_settings
             (tenant_id, stripe_account_id, charges_enabled, payouts_enabled, details_submitted, updated_at)
           values (?, ?, ?, ?, ?, ?::timestamptz)
           on conflict (tenant_id) do update set stripe_account_id =
             coalesce(commerce.commerce_settings.stripe_account_id, excluded.stripe_account_id)
           returning stripe_account_id`,
          [
            tenantId,
            account.id,
            account.charges_enabled === true,
            account.payouts_enabled === true,
            account.details_submitted === true,
            this.now().toISOString(),
          ],
        );
        return row!.stripe_account_id;
      });
    }
    const base = `${this.config.publicUrl}/editor/settings/payments`;
    const link = await callStripe(() =>
      stripe.accountLinks.create({
        account: accountId,
        type: 'account_onboarding',
        return_url: data.returnUrl ?? `${base}?onboarding=done`,
        refresh_url: data.refreshUrl ?? `${base}?onboarding=refresh`,
      }),
    );
    return { url: link.url, expiresAt: new Date(link.expires_at * 1000) };
  }

  /** `account.updated`: applies the account's capabilities to the tenant it belongs to (in `em`'s tenant). */
  async applyAccountUpdate(em: EntityManager, account: Stripe.Account): Promise<boolean> {
    const row = await em.findOne(CommerceSettingsSchema, { stripeAccountId: account.id });
    if (!row) return false;
    applyAccount(row, account);
    row.updatedAt = this.now();
    return true;
  }

  /** The tenant a connected account belongs to (platform path: the webhook knows only the account). */
  static async tenantOfAccount(em: EntityManager, accountId: string): Promise<string | null> {
    const row = await em.findOne(CommerceSettingsSchema, { stripeAccountId: accountId }, platformQuery);
    return row?.tenantId ?? null;
  }
}

function applyAccount(row: CommerceSettings, account: Stripe.Account): void {
  row.chargesEnabled = account.charges_enabled === true;
  row.payoutsEnabled = account.payouts_enabled === true;
  row.detailsSubmitted = account.details_submitted === true;
}

function toConnection(settings: CommerceSettings | null): StripeConnection {
  return {
    accountId: settings?.stripeAccountId ?? null,
    chargesEnabled: settings?.chargesEnabled ?? false,
    payoutsEnabled: settings?.payoutsEnabled ?? false,
    detailsSubmitted: settings?.detailsSubmitted ?? false,
  };
}
