import { describe, expect, it } from 'vitest';
import {
  button,
  click,
  container,
  forbidden,
  input,
  mount,
  remount,
  submit,
  type,
  withScreenRoot,
} from '../../../screen-testing.js';
import { Regions } from './Regions.js';

withScreenRoot();

describe('Regions', () => {
  const region = (code: string, over: Record<string, unknown> = {}) => ({
    code,
    locale: 'de-DE',
    currency: 'EUR',
    pathPrefix: `/${code}`,
    hosts: [],
    countries: ['DE'],
    consentRequired: true,
    isDefault: false,
    ...over,
  });

  it('adds a region and shows the server refusal at its field', async () => {
    let refuse = true;
    const { calls } = await mount(<Regions />, ['settings:read', 'settings:write'], {
      regions: () => ({
        data: {
          regions: [region('us', { isDefault: true, currency: 'USD', pathPrefix: null, countries: [] })],
        },
      }),
      upsertRegion: () =>
        refuse
          ? {
              errors: [
                {
                  message: 'currency: not an ISO 4217 code',
                  extensions: { code: 'BAD_USER_INPUT', field: 'input.currency' },
                },
              ],
            }
          : { data: { upsertRegion: { code: 'de' } } },
    });
    expect(container.querySelector('tbody td')?.textContent).toBe('us (default)');
    // The default region cannot be deleted: no button.
    expect(() => button('Delete us')).toThrow('no button Delete us');
    type(input('Code'), 'de');
    type(input('Locale'), 'de-DE');
    type(input('Currency'), 'eur');
    type(input('Countries (comma-separated, e.g. DE, AT)'), 'de, at');
    await click(input('Visitors must consent before analytics run'));
    await submit(container.querySelector('form'));
    expect(calls.find((c) => c.name === 'upsertRegion')!.variables).toEqual({
      input: {
        code: 'de',
        locale: 'de-DE',
        currency: 'EUR',
        pathPrefix: null,
        hosts: [],
        countries: ['DE', 'AT'],
        consentRequired: true,
      },
    });
    expect(input('Currency').getAttribute('aria-invalid')).toBe('true');
    refuse = false;
    await submit(container.querySelector('form'));
    expect(calls.filter((c) => c.name === 'regions')).toHaveLength(2);
  });

  it('makes a region the default and deletes one after confirming', async () => {
    const { calls } = await mount(<Regions />, ['settings:read', 'settings:write'], {
      regions: () => ({ data: { regions: [region('us', { isDefault: true }), region('de')] } }),
      setDefaultRegion: () => ({ data: { setDefaultRegion: { code: 'de' } } }),
      deleteRegion: () => ({ data: { deleteRegion: true } }),
    });
    await click(button('Make de the default'));
    expect(calls.find((c) => c.name === 'setDefaultRegion')!.variables).toEqual({ code: 'de' });
    await click(button('Delete de'));
    expect(calls.some((c) => c.name === 'deleteRegion')).toBe(false);
    await click(container.querySelector<HTMLButtonElement>('[role="alertdialog"] button.danger')!);
    expect(calls.find((c) => c.name === 'deleteRegion')!.variables).toEqual({ code: 'de' });
  });

  it('lists read-only without settings:write, shows the empty state, asks nothing without settings:read', async () => {
    await mount(<Regions />, ['settings:read'], { regions: () => ({ data: { regions: [] } }) });
    expect(container.textContent).toContain('No regions yet');
    expect(container.querySelector('form')).toBeNull();
    await remount();
    const { calls } = await mount(<Regions />, ['content:read'], { regions: forbidden('regions') });
    expect(calls).toHaveLength(0);
  });
});
