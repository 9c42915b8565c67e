import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Answers, click, container, mount, withScreenRoot } from '../../screen-testing.js';
import { until } from '../../testing.js';
import { OnboardingPanel, onboardingTimings } from './Onboarding.js';

withScreenRoot();

/** The onboarding answer of a workspace: the starter site in `status`, the facts in `done`. */
function onboarding(
  status: string,
  done: Partial<Record<string, boolean>> = {},
  dismissedAt: string | null = null,
) {
  return {
    data: {
      onboarding: {
        tenantId: 't1',
        starterSite: {
          status,
          siteId: status === 'READY' ? 's1' : null,
          homePageId: status === 'READY' ? 'home-1' : null,
          error: status === 'FAILED' ? 'the plan allows no more sites' : null,
        },
        productAdded: false,
        paymentsConnected: false,
        themeCustomised: false,
        domainConnected: false,
        sitePublished: false,
        ...done,
        dismissedAt,
      },
    },
  };
}

const ALL_DONE = {
  productAdded: true,
  paymentsConnected: true,
  themeCustomised: true,
  domainConnected: true,
  sitePublished: true,
};

const OWNER = ['content:read', 'settings:write'];
const items = () =>
  [...container.querySelectorAll('.checklist li')].map((li) => ({
    label: li.querySelector('a')!.textContent,
    href: li.querySelector('a')!.getAttribute('href'),
    state: li.querySelector('.badge')!.textContent,
  }));

async function mountPanel(answers: Answers, permissions = OWNER) {
  const onSiteReady = vi.fn();
  const mounted = await mount(<OnboardingPanel onSiteReady={onSiteReady} />, permissions, answers);
  return { ...mounted, onSiteReady };
}

describe('OnboardingPanel', () => {
  const timings = { ...onboardingTimings };
  afterEach(() => {
    Object.assign(onboardingTimings, timings);
  });

  it('says the site is being set up, asks again until it is built, then shows the site and the checklist', async () => {
    onboardingTimings.pollMs = 1;
    // What the server says now: the test moves the build along, the panel keeps asking.
    let status = 'QUEUED';
    const { calls, onSiteReady } = await mountPanel({ onboarding: () => onboarding(status) });
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Setting up your site…');
    status = 'BUILDING';
    const asked = calls.length;
    await until(() => calls.length > asked + 1, 'the panel to ask again');
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Setting up your site…');
    expect(onSiteReady).not.toHaveBeenCalled();
    status = 'READY';
    await until(() => onSiteReady.mock.calls.length === 1, 'the site to be ready');
    expect(container.querySelector('[role="status"]')).toBeNull();
    await until(() => container.querySelector('.checklist') !== null, 'the checklist');
    expect(items()).toEqual([
      { label: 'Add a product', href: '/editor/store', state: 'To do' },
      { label: 'Set up payments', href: '/editor/settings/payments', state: 'To do' },
      { label: 'Customise the theme', href: '/editor/tokens', state: 'To do' },
      { label: 'Connect a domain', href: '/editor/settings/domains', state: 'To do' },
      { label: 'Publish', href: '/editor/pages/home-1', state: 'To do' },
    ]);
    expect(container.textContent).toContain('0 of 5 done');
  });

  it('ticks the items the workspace has done; dismissal is offered only once all are', async () => {
    await mountPanel({
      onboarding: () => onboarding('READY', { productAdded: true, themeCustomised: true }),
    });
    expect(items().map((i) => i.state)).toEqual(['Done', 'To do', 'Done', 'To do', 'To do']);
    expect(container.textContent).toContain('2 of 5 done');
    expect(container.querySelector('button')).toBeNull();
  });

  it('dismisses a finished checklist for the workspace', async () => {
    const { calls } = await mountPanel({
      onboarding: (_vars, call) => onboarding('READY', ALL_DONE, call > 1 ? '2026-12-08T03:00:00Z' : null),
      dismissOnboardingChecklist: () => ({
        data: { dismissOnboardingChecklist: { tenantId: 't1', dismissedAt: '2026-12-08T03:00:00Z' } },
      }),
    });
    expect(container.textContent).toContain('5 of 5 done');
    const dismiss = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Dismiss the checklist',
    )!;
    await click(dismiss);
    await until(() => container.querySelector('.onboarding') === null, 'the checklist to go');
    expect(calls.map((c) => c.name)).toEqual(['onboarding', 'dismissOnboardingChecklist', 'onboarding']);
  });

  it('offers to build a failed starter site again, named after the workspace', async () => {
    const { calls } = await mountPanel({
      onboarding: (_vars, call) => onboarding(call === 1 ? 'FAILED' : 'QUEUED'),
      buildStarterSite: () => ({ data: { buildStarterSite: { tenantId: 't1' } } }),
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('the plan allows no more sites');
    await click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!);
    await until(() => container.querySelector('[role="status"]') !== null, 'the build to be queued');
    expect(calls.find((c) => c.name === 'buildStarterSite')?.variables).toEqual({ businessName: 'Acme' });
  });

  it('offers to build a site whose build stays queued (never enqueued), once it has waited', async () => {
    onboardingTimings.pollMs = 1;
    onboardingTimings.queuedPolls = 3;
    const { calls } = await mountPanel({
      onboarding: () => onboarding('QUEUED'),
      buildStarterSite: () => ({ data: { buildStarterSite: { tenantId: 't1' } } }),
    });
    expect(container.textContent).not.toContain('taking longer');
    const buildNow = () =>
      [...container.querySelectorAll('button')].find((b) => b.textContent === 'Build it now');
    await until(() => buildNow() !== undefined, 'the offer to build it now');
    expect(calls.filter((c) => c.name === 'onboarding').length).toBeGreaterThanOrEqual(3);
    await click(buildNow()!);
    expect(calls.find((c) => c.name === 'buildStarterSite')?.variables).toEqual({ businessName: 'Acme' });
  });

  it('shows a member without settings:write the checklist without its actions', async () => {
    await mountPanel({ onboarding: () => onboarding('FAILED', ALL_DONE) }, ['content:read']);
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
    expect(container.querySelector('button')).toBeNull();
  });

  it('shows nothing once dismissed', async () => {
    await mountPanel({ onboarding: () => onboarding('READY', ALL_DONE, '2026-12-08T03:00:00Z') });
    expect(container.querySelector('.onboarding')).toBeNull();
  });
});
