import { describe, expect, it } from 'vitest';
import {
  type BannerTexts,
  CONSENT_MODES,
  type ConsentMode,
  DEFAULT_BANNER,
  decideAnalyticsPolicy,
  type PolicySettings,
  type VisitorConsent,
} from './policy.js';

const EU_BANNER: BannerTexts = {
  region: 'eu',
  title: 'Cookies?',
  body: 'Analytics only.',
  acceptLabel: 'Yes',
  rejectLabel: 'No',
};

const settings = (
  enabled: boolean,
  mode: ConsentMode,
  id: string | null = 'abc123xyz',
  firstParty = false,
): PolicySettings => ({
  firstPartyAnalytics: firstParty,
  clarityEnabled: enabled,
  clarityProjectId: id,
  consentMode: mode,
  consentRegions: ['eu', 'uk'],
  consentBanners: [EU_BANNER],
});

const CONSENTS: VisitorConsent[] = ['granted', 'denied', 'unknown'];
const BOOLS = [false, true];

/**
 * The matrix: Clarity enabled × first-party enabled × mode × region in/out × GPC × opt-out × consent. Expected outcomes are
 * written as the issue states them, row by row, independent of the implementation's structure.
 */
const rows: {
  enabled: boolean;
  firstParty: boolean;
  mode: ConsentMode;
  regionListed: boolean;
  gpc: boolean;
  optOut: boolean;
  consent: VisitorConsent;
}[] = [];
for (const enabled of BOOLS)
  for (const firstParty of BOOLS)
    for (const mode of CONSENT_MODES)
      for (const regionListed of BOOLS)
        for (const gpc of BOOLS)
          for (const optOut of BOOLS)
            for (const consent of CONSENTS)
              rows.push({ enabled, firstParty, mode, regionListed, gpc, optOut, consent });

function expected(row: (typeof rows)[number]) {
  const consentRequired = row.mode === 'ALWAYS' || (row.mode === 'REQUIRED_IN_REGIONS' && row.regionListed);
  // GPC or opt-out → no Clarity, no events, no banner, whatever is enabled.
  if (row.gpc || row.optOut || (!row.enabled && !row.firstParty)) {
    return { inject: false, state: 'denied', banner: false, collect: false, consentRequired };
  }
  // NONE (or a region not listed): granted unless the visitor explicitly rejected.
  // Consent required: denied until the visitor grants; the banner while undecided.
  const granted = consentRequired ? row.consent === 'granted' : row.consent !== 'denied';
  return {
    inject: row.enabled,
    state: row.enabled && granted ? 'granted' : 'denied',
    banner: consentRequired && row.consent === 'unknown',
    collect: row.firstParty && granted,
    consentRequired,
  };
}

describe('decideAnalyticsPolicy: the whole matrix', () => {
  it('has 288 cases', () => expect(rows).toHaveLength(288));

  it.each(rows)(
    'clarity=$enabled firstParty=$firstParty mode=$mode listed=$regionListed gpc=$gpc optOut=$optOut consent=$consent',
    (row) => {
      const policy = decideAnalyticsPolicy(
        settings(row.enabled, row.mode, 'abc123xyz', row.firstParty),
        row.regionListed ? 'eu' : 'us',
        {
          gpc: row.gpc,
          optOut: row.optOut,
          consent: row.consent,
        },
      );
      const want = expected(row);
      expect(policy.injectClarity).toBe(want.inject);
      expect(policy.clarityProjectId).toBe(want.inject ? 'abc123xyz' : null);
      expect(policy.consentRequired).toBe(want.consentRequired);
      expect(policy.consentState).toEqual({ adStorage: want.state, analyticsStorage: want.state });
      expect(policy.showBanner).toBe(want.banner);
      expect(policy.collectEvents).toBe(want.collect);
      const bannerFor = row.regionListed ? EU_BANNER : { region: null, ...DEFAULT_BANNER };
      expect(policy.banner).toEqual(want.banner ? bannerFor : null);
    },
  );
});

describe('decideAnalyticsPolicy: edges', () => {
  const none = { gpc: false, optOut: false, consent: 'unknown' as const };

  it('never injects without a project id, or with one that fails validation', () => {
    for (const id of [null, '', 'ABC123XYZ', '"><script>', 'abc', 'a'.repeat(17)]) {
      const policy = decideAnalyticsPolicy(settings(true, 'NONE', id), 'eu', none);
      expect(policy.injectClarity, String(id)).toBe(false);
      expect(policy.clarityProjectId).toBeNull();
    }
  });

  it('treats an unknown (null) region as not listed', () => {
    const policy = decideAnalyticsPolicy(settings(true, 'REQUIRED_IN_REGIONS'), null, none);
    expect(policy).toMatchObject({ injectClarity: true, consentRequired: false, showBanner: false });
    expect(decideAnalyticsPolicy(settings(true, 'ALWAYS'), null, none).showBanner).toBe(true);
  });

  it('picks the region banner, then the default banner, then the built-in texts', () => {
    const fallback: BannerTexts = { ...EU_BANNER, region: null, title: 'Default' };
    const withDefault = { ...settings(true, 'ALWAYS'), consentBanners: [EU_BANNER, fallback] };
    expect(decideAnalyticsPolicy(withDefault, 'eu', none).banner).toEqual(EU_BANNER);
    expect(decideAnalyticsPolicy(withDefault, 'us', none).banner).toEqual(fallback);
    expect(decideAnalyticsPolicy(settings(true, 'ALWAYS'), 'us', none).banner).toEqual({
      region: null,
      ...DEFAULT_BANNER,
    });
  });
});
