/**
 * Component tests (happy-dom) of custom domains: the status and DNS record of each host, adding
 * one, a failed check in words, a passed check, removal only after confirming, read-only without
 * settings:write.
 */
import { describe, expect, it } from 'vitest';
import {
  button,
  click,
  container,
  forbidden,
  input,
  mount,
  submit,
  type,
  withScreenRoot,
} from '../../../screen-testing.js';
import { Domains } from './Domains.js';

withScreenRoot();

const domain = (host: string, verified: boolean) => ({
  id: `id-${host}`,
  host,
  verified,
  txtRecordName: `_webhaze.${host}`,
  txtRecordValue: `webhaze-verify=token-${host}`,
  verifiedAt: verified ? '2026-11-01T10:00:00Z' : null,
  createdAt: '2026-10-01T10:00:00Z',
});
const page = (nodes: unknown[]) => ({
  data: {
    domains: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } },
  },
});
const rows = () => [...container.querySelectorAll('tbody tr')].map((tr) => tr.textContent ?? '');

describe('Domains', () => {
  it('shows each host with its status and the TXT record still to create', async () => {
    await mount(<Domains />, ['settings:read', 'settings:write'], {
      domains: () => page([domain('shop.example.com', true), domain('new.example.com', false)]),
    });
    expect(rows()[0]).toContain('Verified');
    expect(rows()[1]).toContain('Waiting for the DNS record');
    expect(
      container.querySelector<HTMLInputElement>('[aria-label="TXT record value for new.example.com"]')!.value,
    ).toBe('webhaze-verify=token-new.example.com');
    expect(container.textContent).not.toContain('id-');
  });

  it('adds a host, says why a check failed, and shows it verified once the record is there', async () => {
    let recordCreated = false;
    const { calls } = await mount(<Domains />, ['settings:read', 'settings:write'], {
      domains: () => page([]),
      addDomain: (v) => ({ data: { addDomain: domain(String(v.host), false) } }),
      verifyDomain: (v) =>
        recordCreated
          ? { data: { verifyDomain: domain(String(v.host), true) } }
          : {
              errors: [
                {
                  message: `host: no TXT record found at _webhaze.${String(v.host)}; create it and try again`,
                  extensions: { code: 'BAD_USER_INPUT', field: 'host' },
                },
              ],
            },
    });
    expect(container.textContent).toContain('No custom domains yet.');
    type(input('Domain, e.g. shop.example.com'), ' shop.example.com ');
    await submit(container.querySelector<HTMLFormElement>('form[aria-label="Add a domain"]'));
    expect(calls.find((c) => c.name === 'addDomain')!.variables).toEqual({ host: 'shop.example.com' });
    expect(rows()[0]).toContain('Waiting for the DNS record');

    await click(button('Check shop.example.com now'));
    expect(container.querySelector('.error')?.textContent).toBe(
      'no TXT record found at _webhaze.shop.example.com; create it and try again',
    );
    recordCreated = true;
    await click(button('Check shop.example.com now'));
    expect(container.querySelector('.error')).toBeNull();
    expect(rows()[0]).toContain('Verified');
    expect(container.querySelector('[role="status"]')?.textContent).toContain('is verified');
  });

  it('removes a host only after confirming', async () => {
    const { calls } = await mount(<Domains />, ['settings:read', 'settings:write'], {
      domains: () => page([domain('shop.example.com', true)]),
      removeDomain: () => ({ data: { removeDomain: true } }),
    });
    await click(button('Remove shop.example.com…'));
    await click(button('Cancel'));
    expect(calls.some((c) => c.name === 'removeDomain')).toBe(false);
    await click(button('Remove shop.example.com…'));
    await click(button('Remove shop.example.com'));
    expect(calls.find((c) => c.name === 'removeDomain')!.variables).toEqual({ host: 'shop.example.com' });
    expect(container.textContent).toContain('No custom domains yet.');
  });

  it('is read-only without settings:write and refused without settings:read', async () => {
    await mount(<Domains />, ['settings:read'], { domains: () => page([domain('shop.example.com', false)]) });
    expect(container.querySelectorAll('button')).toHaveLength(0);
    expect(container.querySelector('form')).toBeNull();
  });

  it('asks nothing of a role without settings:read', async () => {
    const { calls } = await mount(<Domains />, [], { domains: forbidden('domains') });
    expect(calls).toHaveLength(0);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('cannot see');
  });
});
