import { describe, expect, it } from 'vitest';
import {
  button,
  choose,
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
import { draftProblems, Privacy } from './Privacy.js';

withScreenRoot();

describe('Privacy', () => {
  const settings = (over: Record<string, unknown> = {}) => ({
    clarityProjectId: null,
    clarityEnabled: false,
    consentMode: 'NONE',
    consentRegions: [],
    consentBanners: [],
    firstPartyAnalytics: true,
    retentionDays: 395,
    updatedAt: '2026-11-01T00:00:00Z',
    ...over,
  });
  const answer = () => ({
    data: {
      analyticsSettings: settings(),
      regions: [
        { code: 'eu', consentRequired: true },
        { code: 'us', consentRequired: false },
      ],
    },
  });

  it('checks the Clarity id like the server and sends the consent settings', async () => {
    const { calls } = await mount(<Privacy />, ['settings:read', 'settings:write'], {
      analyticsSettings: answer,
      updateAnalyticsSettings: (v) => ({
        data: { updateAnalyticsSettings: settings(v.input as Record<string, unknown>) },
      }),
    });
    const save = () => button('Save privacy settings');
    type(input('Clarity project id'), 'ABC');
    expect(input('Clarity project id').getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain('Clarity project id must be 6–16 lowercase letters and digits');
    expect(save().disabled).toBe(true);
    type(input('Clarity project id'), 'abc123xyz');
    await click(input('Add Clarity to published pages'));
    await click(input('Consent needed in some regions'));
    // REQUIRED_IN_REGIONS without a region: refused before sending.
    expect(save().disabled).toBe(true);
    expect(container.textContent).toContain('Choose at least one region that requires consent');
    await click(input('eu'));
    choose(container.querySelector<HTMLSelectElement>('select')!, '*');
    type(input('Title (default)'), 'Cookies?');
    type(input('Text (default)'), 'We measure visits with Clarity.');
    type(input('Keep raw events (days)'), '30');
    await submit(container.querySelector('form'));
    expect(calls.find((c) => c.name === 'updateAnalyticsSettings')!.variables).toEqual({
      input: {
        clarityProjectId: 'abc123xyz',
        clarityEnabled: true,
        consentMode: 'REQUIRED_IN_REGIONS',
        consentRegions: ['eu'],
        consentBanners: [
          {
            region: null,
            title: 'Cookies?',
            body: 'We measure visits with Clarity.',
            acceptLabel: 'Accept',
            rejectLabel: 'Reject',
          },
        ],
        firstPartyAnalytics: true,
        retentionDays: 30,
      },
    });
    expect(container.querySelector('[role="status"]')?.textContent).toContain('Saved');
  });

  it("shows the server's refusal at the field it names", async () => {
    await mount(<Privacy />, ['settings:read', 'settings:write'], {
      analyticsSettings: answer,
      updateAnalyticsSettings: () => ({
        errors: [
          {
            message: 'retentionDays: must be at most 730 days',
            extensions: { code: 'BAD_USER_INPUT', field: 'retentionDays' },
          },
        ],
      }),
    });
    await submit(container.querySelector('form'));
    const days = input('Keep raw events (days)');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(days.getAttribute('aria-describedby')!)?.textContent).toBe(
      'retentionDays: must be at most 730 days',
    );
  });

  it('is read-only without settings:write and forbidden without settings:read', async () => {
    await mount(<Privacy />, ['settings:read'], { analyticsSettings: answer });
    expect(container.querySelector('button[type="submit"]')).toBeNull();
    expect(input('Clarity project id').closest('fieldset')?.disabled).toBe(true);
    await remount();
    const { calls } = await mount(<Privacy />, ['analytics:read'], {
      analyticsSettings: forbidden('settings'),
    });
    expect(calls).toHaveLength(0);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('cannot see its settings');
  });

  it('validates drafts with the server rules', () => {
    const base = {
      clarityProjectId: 'abcdef',
      clarityEnabled: true,
      consentMode: 'ALWAYS' as const,
      consentRegions: [],
      consentBanners: [],
      firstPartyAnalytics: false,
      retentionDays: '730',
    };
    expect(draftProblems(base).size).toBe(0);
    expect([...draftProblems({ ...base, clarityProjectId: 'abcdefghijklmnopq' }).keys()]).toEqual([
      'clarityProjectId',
    ]);
    expect([...draftProblems({ ...base, clarityProjectId: '', retentionDays: '731' }).keys()]).toEqual([
      'clarityEnabled',
      'retentionDays',
    ]);
    expect(
      draftProblems({
        ...base,
        consentRegions: ['EU'],
        consentBanners: [
          { region: null, title: '<b>', body: 'x', acceptLabel: 'a'.repeat(31), rejectLabel: 'r' },
        ],
      }),
    ).toEqual(
      new Map([
        ['consentRegions', '"EU": region codes are 1–16 lowercase letters, digits and dashes'],
        ['consentBanners.0.title', 'plain text only: no < > or control characters'],
        ['consentBanners.0.acceptLabel', 'must be at most 30 characters'],
      ]),
    );
  });
});
