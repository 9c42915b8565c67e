/**
 * Plan and billing (billing:manage, Owners): the current plan, subscription state, period end and
 * limits; subscribing starts a Stripe Checkout (the browser goes to Stripe and comes back to
 * /editor/settings/billing?checkout=success|canceled), a subscriber can change plans or cancel at
 * the end of the period (confirmed first).
 */
import { useCallback, useState } from 'react';
import { messageOf } from '../../../api.js';
import { can, useApp } from '../../../app-context.js';
import type { BillingQuery as BillingQueryResult, BillingStatus } from '../../../gql/graphql.js';
import { useRoute } from '../../../router.js';
import {
  ConfirmDialog,
  ErrorMessage,
  Forbidden,
  LoadFailed,
  Loading,
  useAction,
  useLoad,
} from '../../../ui.js';
import { formatMoney } from '../../store/money.js';
import {
  BillingQuery,
  CancelSubscriptionMutation,
  ChangePlanMutation,
  StartCheckoutMutation,
} from './operations.js';

type ListedPlan = BillingQueryResult['plans'][number];

/** A plan's price as people read it, e.g. `$29.00 a month`. */
function priceText(plan: ListedPlan): string {
  if (!plan.price) return plan.purchasable ? 'Price on request' : 'Free';
  if (plan.price.amount === 0) return 'Free';
  return `${formatMoney(plan.price)} a ${plan.price.interval === 'YEAR' ? 'year' : 'month'}`;
}

const STATUS: Record<BillingStatus, string> = {
  NONE: 'No subscription (free plan)',
  INCOMPLETE: 'Waiting for the first payment',
  TRIALING: 'Trial',
  ACTIVE: 'Active',
  PAST_DUE: 'Payment failed: Stripe is retrying',
  UNPAID: 'Unpaid: payments failed',
  CANCELED: 'Canceled (free plan)',
};
const SUBSCRIBED = new Set<BillingStatus>(['TRIALING', 'ACTIVE', 'PAST_DUE']);

const limit = (n: number, unit = '') => (n < 0 ? 'unlimited' : `${n.toLocaleString()}${unit}`);
const bytes = (n: number) => (n < 0 ? 'unlimited' : `${(n / 1024 ** 3).toLocaleString()} GB`);

export function Billing({
  go = (url: string) => window.location.assign(url),
}: {
  go?: (url: string) => void;
}) {
  const { session, viewer } = useApp();
  const { query } = useRoute();
  const { busy, error, run } = useAction();
  const [confirming, setConfirming] = useState(false);
  const allowed = can(viewer, 'billing:manage');
  const fetchBilling = useCallback(async () => session.execute(BillingQuery, {}), [session]);
  const { data, error: loadError, reload: load } = useLoad(fetchBilling, allowed);
  const billing = data?.billing;

  if (!allowed) {
    return (
      <Forbidden title="Plan and billing">Only the workspace's owners manage its plan and billing.</Forbidden>
    );
  }
  if (loadError) {
    return <LoadFailed title="Plan and billing" error={loadError} onRetry={() => void load()} />;
  }
  if (!data || !billing) return <Loading what="your plan" />;

  const subscribe = (plan: string) =>
    run(async () => {
      const { startCheckout } = await session.execute(StartCheckoutMutation, { plan });
      go(startCheckout.url);
    });
  const change = (plan: string) =>
    run(async () => {
      await session.execute(ChangePlanMutation, { plan });
      await load();
    });
  const cancel = () =>
    run(async () => {
      await session.execute(CancelSubscriptionMutation, {});
      setConfirming(false);
      await load();
    });

  const subscribed = SUBSCRIBED.has(billing.status);
  const checkout = query.get('checkout');
  return (
    <main>
      <h1>Plan and billing</h1>
      {checkout === 'success' ? (
        <p role="status">
          Thank you: the payment went through. The plan changes as soon as Stripe confirms it.
        </p>
      ) : checkout === 'canceled' ? (
        <p role="status">Checkout canceled: nothing was charged.</p>
      ) : null}
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      <dl className="figures" aria-label="Subscription">
        <div>
          <dt>Plan</dt>
          <dd>{billing.planName}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{STATUS[billing.status]}</dd>
        </div>
        {billing.currentPeriodEnd ? (
          <div>
            <dt>{billing.cancelAtPeriodEnd ? 'Ends on' : 'Renews on'}</dt>
            <dd>{billing.currentPeriodEnd.slice(0, 10)}</dd>
          </div>
        ) : null}
      </dl>
      <h2>What the plan allows</h2>
      <ul aria-label="Limits">
        <li>Pages: {limit(billing.limits.pages)}</li>
        <li>Products: {limit(billing.limits.products)}</li>
        <li>Storage: {bytes(billing.limits.storageBytes)}</li>
        <li>API requests: {limit(billing.limits.apiRequestsPerMinute, ' per minute')}</li>
        <li>Members: {limit(billing.limits.members)}</li>
      </ul>
      <h2>Plans</h2>
      <ul className="cards plans" aria-label="Plans">
        {data.plans.map((plan) => {
          const current = plan.id === billing.plan;
          return (
            <li key={plan.id} aria-current={current ? 'true' : undefined}>
              <h3>
                {plan.name}
                {current ? ' (your plan)' : ''}
              </h3>
              <p className="plan-price">{priceText(plan)}</p>
              <ul>
                <li>{limit(plan.limits.pages)} pages</li>
                <li>{limit(plan.limits.products)} products</li>
                <li>{bytes(plan.limits.storageBytes)} of media</li>
                <li>{limit(plan.limits.members)} members</li>
                <li>{(plan.transactionFeeBps / 100).toLocaleString()} % fee on store payments</li>
              </ul>
              {!plan.purchasable || (current && subscribed) ? null : subscribed ? (
                <button type="button" disabled={busy} onClick={() => void change(plan.id)}>
                  Switch to {plan.name}
                </button>
              ) : (
                <button type="button" disabled={busy} onClick={() => void subscribe(plan.id)}>
                  Subscribe to {plan.name}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {subscribed && !billing.cancelAtPeriodEnd ? (
        confirming ? (
          <ConfirmDialog
            title="Cancel the subscription?"
            confirmLabel="Cancel at the end of the period"
            busy={busy}
            onConfirm={() => void cancel()}
            onCancel={() => setConfirming(false)}
          >
            <p>The workspace keeps its plan until the period ends, then returns to the free plan.</p>
          </ConfirmDialog>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Cancel subscription…
          </button>
        )
      ) : null}
    </main>
  );
}

export default Billing;
