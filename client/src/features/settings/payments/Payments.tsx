/**
 * Payments (settings:read; connecting needs settings:write): the store's Stripe Connect account and
 * whether it may take payments and receive payouts; "Connect with Stripe" opens Stripe's hosted
 * onboarding, which returns here (`?onboarding=done`, or `refresh` for an expired link).
 */
import { useCallback } from 'react';
import { messageOf } from '../../../api.js';
import { can, useApp } from '../../../app-context.js';
import { ErrorMessage, Forbidden, LoadFailed, Loading, useAction, useLoad } from '../../../ui.js';
import { ConnectStripeMutation, StripeConnectionQuery } from './operations.js';

/** Where the browser goes (a seam for tests: happy-dom does not navigate). */
export const stripeRedirect = { to: (url: string) => window.location.assign(url) };

export function Payments() {
  const { session, viewer } = useApp();
  const allowed = can(viewer, 'settings:read');
  const fetchConnection = useCallback(() => session.execute(StripeConnectionQuery, {}), [session]);
  const { data, error, reload } = useLoad(fetchConnection, allowed);
  const { busy, error: connectError, run } = useAction();

  if (!allowed)
    return <Forbidden title="Payments">Your role in this workspace cannot see its settings.</Forbidden>;
  if (error) return <LoadFailed title="Payments" error={error} onRetry={() => void reload()} />;
  if (!data) return <Loading what="payments" />;
  const connection = data.stripeConnection;

  const connect = () =>
    run(async () => {
      const { connectStripe } = await session.execute(ConnectStripeMutation, {});
      stripeRedirect.to(connectStripe.url);
    });

  return (
    <main>
      <h1>Payments</h1>
      <p>Your store takes card payments through its own Stripe account; WebHaze never sees card numbers.</p>
      <dl>
        <dt>Stripe account</dt>
        <dd>{connection.accountId ?? 'Not connected yet'}</dd>
        <dt>Takes payments</dt>
        <dd>{connection.chargesEnabled ? 'Yes' : 'Not yet'}</dd>
        <dt>Receives payouts</dt>
        <dd>{connection.payoutsEnabled ? 'Yes' : 'Not yet'}</dd>
      </dl>
      <ErrorMessage>{connectError ? messageOf(connectError) : undefined}</ErrorMessage>
      {can(viewer, 'settings:write') && !connection.chargesEnabled ? (
        <button type="button" disabled={busy} onClick={() => void connect()}>
          {connection.accountId ? 'Continue with Stripe' : 'Connect with Stripe'}
        </button>
      ) : null}
    </main>
  );
}

export default Payments;
