import { afterEach, describe, expect, it } from 'vitest';
import { button, click, container, forbidden, mount, withScreenRoot } from '../../../screen-testing.js';
import { Payments, stripeRedirect } from './Payments.js';

withScreenRoot();

const connection = (accountId: string | null, chargesEnabled: boolean) => () => ({
  data: {
    stripeConnection: { accountId, chargesEnabled, payoutsEnabled: chargesEnabled, detailsSubmitted: false },
  },
});

describe('Payments', () => {
  const to = stripeRedirect.to;
  afterEach(() => {
    stripeRedirect.to = to;
  });

  it('shows the Stripe account and sends the owner to Stripe to connect it', async () => {
    const visited: string[] = [];
    stripeRedirect.to = (url) => void visited.push(url);
    await mount(<Payments />, ['settings:read', 'settings:write'], {
      stripeConnection: connection(null, false),
      connectStripe: () => ({ data: { connectStripe: { url: 'https://connect.stripe.example/setup/1' } } }),
    });
    expect(container.querySelector('h1')?.textContent).toBe('Payments');
    expect(container.textContent).toContain('Not connected yet');
    await click(button('Connect with Stripe'));
    expect(visited).toEqual(['https://connect.stripe.example/setup/1']);
  });

  it('offers nothing to connect once the account takes payments, nor to members without settings:write', async () => {
    await mount(<Payments />, ['settings:read', 'settings:write'], {
      stripeConnection: connection('acct_1', true),
      connectStripe: forbidden('connectStripe'),
    });
    expect(container.textContent).toContain('acct_1');
    expect(container.querySelector('button')).toBeNull();
  });

  it('shows members without settings:read nothing of it', async () => {
    await mount(<Payments />, ['content:read'], { stripeConnection: forbidden('stripeConnection') });
    expect(container.querySelector('button')).toBeNull();
    expect(container.textContent).not.toContain('Stripe account');
  });
});
