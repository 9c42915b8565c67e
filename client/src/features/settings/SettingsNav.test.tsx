/** Component tests (happy-dom) of the settings overview and its navigation: only what the viewer may open. */
import { describe, expect, it } from 'vitest';
import { container, mount, withScreenRoot } from '../../screen-testing.js';
import { SettingsHome, SettingsNav } from './SettingsNav.js';

withScreenRoot();

const linkNames = () => [...container.querySelectorAll('a')].map((a) => a.textContent);

describe('Settings', () => {
  it('lists every section an owner may open, each with what it is for', async () => {
    await mount(<SettingsHome />, ['settings:read', 'members:read', 'content:read', 'billing:manage'], {});
    expect(linkNames()).toEqual([
      'Design tokens',
      'Team',
      'Regions',
      'Translations',
      'Domains',
      'Privacy',
      'Webhooks',
      'Payments',
      'Billing',
    ]);
    expect(
      container.querySelector('a[href="/editor/settings/billing"]')?.closest('li')?.textContent,
    ).toContain('Your plan');
  });

  it('hides the sections a contributor may not open', async () => {
    await mount(<SettingsHome />, ['members:read', 'content:read'], {});
    expect(linkNames()).toEqual(['Team', 'Translations']);
  });

  it('marks the current section in the settings navigation', async () => {
    window.history.replaceState(null, '', '/editor/settings/regions');
    await mount(<SettingsNav />, ['settings:read'], {});
    expect(container.querySelector('[aria-current="page"]')?.textContent).toBe('Regions');
    expect(container.querySelector('nav')?.getAttribute('aria-label')).toBe('Settings');
  });
});
