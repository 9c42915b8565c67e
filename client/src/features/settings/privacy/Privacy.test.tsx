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
  const versions = (...numbers: number[]) => ({
    edges: numbers.map((version) => ({
      node: { version, publishedAt: '2026-12-01T10:00:00.000Z', publishedBy: 'user:u1', restoredFrom: null },
    })),
  });
  const answer = (over: Record<string, unknown> = {}) => ({
    data: {
      analyticsSettings: settings(),
      privacyDraft: null,
      privacyVersions: versions(),
      ...over,
      regions: [
        { code: 'eu', consentRequired: true },
        { code: 'us', consentRequired: false },
      ],
    },
  });

  it('checks the Clarity id like the server and sends the consent settings', async () => {
    const { calls } = await mount(<Privacy />, ['settings:read', 'settings:write'], {
      analyticsSettings: answer,
      savePrivacyDraft: () => ({ data: { savePrivacyDraft: { version: 1 } } }),
      updateAnalyticsSettings: (v) => ({
        data: { updateAnalyticsSettings: settings(v.input as Record<string, unknown>) },
      }),
    });
    const save = () => button('Save draft');
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
    expect(calls.find((c) => c.name === 'savePrivacyDraft')!.variables).toEqual({
      expectedVersion: 0,
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
      },
    });
    // Retention is not visitor-facing: saved directly, alone.
    expect(calls.find((c) => c.name === 'updateAnalyticsSettings')!.variables).toEqual({
      input: { retentionDays: 30 },
    });
    expect(container.textContent).toContain('Saved: the draft is not live until you publish it.');
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
    type(input('Keep raw events (days)'), '700');
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

  it('shows the draft as not live, previews its banner per region at a viewport width, and publishes it', async () => {
    const draft = {
      version: 2,
      settings: {
        ...settings({ clarityProjectId: 'abcdef12', clarityEnabled: true, consentMode: 'ALWAYS' }),
      },
    };
    delete (draft.settings as Record<string, unknown>).retentionDays;
    delete (draft.settings as Record<string, unknown>).updatedAt;
    const { calls } = await mount(<Privacy />, ['settings:read', 'settings:write'], {
      analyticsSettings: (_, n) =>
        n === 1
          ? answer({ privacyDraft: draft, privacyVersions: versions(1) })
          : answer({ privacyVersions: versions(2, 1) }),
      previewPrivacy: () => ({
        data: {
          analyticsPolicy: {
            injectClarity: true,
            consentRequired: true,
            showBanner: true,
            banner: { title: 'Cookies?', body: 'We measure visits.', acceptLabel: 'Yes', rejectLabel: 'No' },
          },
        },
      }),
      publishPrivacyDraft: () => ({ data: { publishPrivacyDraft: { version: 2 } } }),
    });
    expect(container.querySelector('.draft-state')!.textContent).toContain('Draft — not live.');
    // The form shows the draft, not the live settings.
    expect(input('Clarity project id').value).toBe('abcdef12');
    choose(container.querySelector<HTMLSelectElement>('[aria-label="Preview for visitors"] select')!, 'eu');
    await click(button('Preview the draft'));
    expect(calls.find((c) => c.name === 'previewPrivacy')!.variables).toEqual({ region: 'eu' });
    const banner = container.querySelector('[aria-label="Consent banner"]')!;
    expect(banner.textContent).toContain('Cookies?');
    expect(container.textContent).toContain('Clarity loads, waiting for consent.');
    expect(container.querySelector<HTMLElement>('.viewport-frame')!.dataset.width).toBe('390');
    await click(button('Publish privacy settings'));
    expect(calls.find((c) => c.name === 'publishPrivacyDraft')!.variables).toEqual({ expectedVersion: 1 });
    expect(container.querySelector('.draft-state')!.textContent).toContain('published version 2');
  });

  it('rolls back to an older version after confirming', async () => {
    const { calls } = await mount(<Privacy />, ['settings:read', 'settings:write'], {
      analyticsSettings: () => answer({ privacyVersions: versions(3, 2, 1) }),
      rollBackPrivacy: () => ({ data: { rollBackPrivacy: { version: 4 } } }),
    });
    await click(button('Roll back to version 2'));
    expect(container.querySelector('[role="alertdialog"]')!.textContent).toContain(
      'Roll back the privacy settings to version 2?',
    );
    await click(container.querySelector<HTMLButtonElement>('[role="alertdialog"] button.danger')!);
    expect(calls.find((c) => c.name === 'rollBackPrivacy')!.variables).toEqual({
      version: 2,
      expectedVersion: 3,
    });
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
