/**
 * Component tests (happy-dom) of billing: Stripe Checkout for a plan, switching and cancelling, owners only.
 */
import { describe, expect, it, vi } from 'vitest';
import { button, click, container, forbidden, mount, withScreenRoot } from '../../../screen-testing.js';
import { Billing } from './Billing.js';

withScreenRoot();

const plan = (id: string, name: string, amount: number, pages: number) => ({
  id,
  name,
  purchasable: amount > 0,
  transactionFeeBps: amount > 0 ? 100 : 200,
  price: { amount, currency: 'USD', interval: 'MONTH' },
  limits: { pages, products: 25, storageBytes: 1073741824, members: 2 },
});
/** The plans as the API lists them (prices from the server, not from the client). */
const PLANS = [
  plan('free', 'Free', 0, 10),
  plan('pro', 'Pro', 2900, 200),
  plan('business', 'Business', 9900, -1),
];

describe('Billing', () => {
  const billing = (over: Record<string, unknown> = {}) => ({
    data: {
      billing: {
        plan: 'free',
        planName: 'Free',
        status: 'NONE',
        currentPeriodEnd: null,
        cancelAtPeriodEnd: false,
        limits: { pages: 10, products: 25, storageBytes: 1073741824, apiRequestsPerMinute: 600, members: 2 },
        ...over,
      },
      plans: PLANS,
    },
  });

  it('sends a free workspace to Stripe Checkout for the chosen plan', async () => {
    const go = vi.fn();
    window.history.replaceState(null, '', '/editor/settings/billing?checkout=canceled');
    const { calls } = await mount(<Billing go={go} />, ['billing:manage'], {
      billing: () => billing(),
      startCheckout: (v) => ({
        data: { startCheckout: { url: `https://checkout.stripe.test/${String(v.plan)}` } },
      }),
    });
    expect(container.textContent).toContain('Checkout canceled');
    expect(container.querySelector('[aria-label="Limits"]')?.textContent).toContain('Storage: 1 GB');
    expect(container.querySelector('[aria-label="Subscription"]')?.textContent).toContain(
      'No subscription (free plan)',
    );
    const cards = [...container.querySelectorAll('[aria-label="Plans"] > li')];
    expect(cards.map((c) => c.querySelector('h3')?.textContent)).toEqual([
      'Free (your plan)',
      'Pro',
      'Business',
    ]);
    expect(cards[1]!.textContent).toContain('$29.00 a month');
    expect(cards[1]!.textContent).toContain('200 pages');
    expect(cards[2]!.textContent).toContain('unlimited pages');
    expect(cards[0]!.textContent).toContain('2 % fee on store payments');
    expect(cards[0]!.querySelector('button')).toBeNull();
    await click(button('Subscribe to Business'));
    expect(calls.find((c) => c.name === 'startCheckout')!.variables).toEqual({ plan: 'business' });
    expect(go).toHaveBeenCalledWith('https://checkout.stripe.test/business');
  });

  it('lets a subscriber switch plans and cancel after confirming', async () => {
    let canceled = false;
    const { calls } = await mount(<Billing go={vi.fn()} />, ['billing:manage'], {
      billing: () =>
        billing({
          plan: 'pro',
          planName: 'Pro',
          status: 'ACTIVE',
          currentPeriodEnd: '2026-12-26T00:00:00Z',
          cancelAtPeriodEnd: canceled,
          limits: { pages: -1, products: 2000, storageBytes: -1, apiRequestsPerMinute: 3000, members: 10 },
        }),
      changePlan: () => ({ data: { changePlan: { plan: 'business' } } }),
      cancelSubscription: () => {
        canceled = true;
        return { data: { cancelSubscription: { plan: 'pro' } } };
      },
    });
    expect(container.textContent).toContain('Renews on2026-12-26');
    expect(container.querySelector('[aria-label="Limits"]')?.textContent).toContain('Pages: unlimited');
    expect(() => button('Switch to Pro')).toThrow('no button Switch to Pro');
    await click(button('Switch to Business'));
    expect(calls.find((c) => c.name === 'changePlan')!.variables).toEqual({ plan: 'business' });
    await click(button('Cancel subscription…'));
    await click(button('Cancel at the end of the period'));
    expect(calls.filter((c) => c.name === 'cancelSubscription')).toHaveLength(1);
    expect(container.textContent).toContain('Ends on2026-12-26');
    expect(() => button('Cancel subscription…')).toThrow('no button Cancel subscription…');
  });

  it('is for owners only (billing:manage)', async () => {
    const { calls } = await mount(<Billing />, ['settings:write'], { billing: forbidden('billing') });
    expect(calls).toHaveLength(0);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('owners');
  });
});
