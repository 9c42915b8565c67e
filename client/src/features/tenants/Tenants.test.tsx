import { describe, expect, it } from 'vitest';
import { container, input, mount, submit, type, withScreenRoot } from '../../screen-testing.js';
import { Tenants } from './Tenants.js';

withScreenRoot();

const STARTER = 'Start with a site built from the sample theme (home, about, contact and privacy pages)';

async function createWorkspace(starterSite: boolean) {
  const { calls } = await mount(<Tenants />, [], {
    createTenant: () => ({
      data: { createTenant: { accessToken: 'b', expiresAt: '2999-01-01T00:00:00Z', refreshToken: null } },
    }),
  });
  type(input('Name'), 'Bea Bakery');
  type(input('Handle (lowercase letters, digits and hyphens)'), 'bea-bakery');
  const box = input(STARTER);
  expect(box.checked).toBe(true);
  if (!starterSite) box.click();
  await submit(container.querySelector('form'));
  return calls.find((c) => c.name === 'createTenant')?.variables;
}

describe('Tenants: creating a workspace', () => {
  it('asks for a starter site unless the box is cleared', async () => {
    expect(await createWorkspace(true)).toEqual({
      input: { name: 'Bea Bakery', slug: 'bea-bakery', starterSite: true },
    });
  });

  it('creates a workspace without one when the box is cleared', async () => {
    expect(await createWorkspace(false)).toEqual({
      input: { name: 'Bea Bakery', slug: 'bea-bakery', starterSite: false },
    });
  });
});
