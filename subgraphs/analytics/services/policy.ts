/**
 * The one place that decides whether a storefront page gets Microsoft Clarity, and with which
 * consent (Clarity consent API v2), and whether WebHaze's own first-party events are collected
 * (by the page's beacon and by `POST /collect`). Pure: settings + region + visitor signals in, an answer out.
 * Every rule lives here so the table-driven test in policy.test.ts covers the whole matrix.
 */

export const CONSENT_MODES = ['NONE', 'REQUIRED_IN_REGIONS', 'ALWAYS'] as const;
export type ConsentMode = (typeof CONSENT_MODES)[number];

export type ConsentValue = 'granted' | 'denied';
export type VisitorConsent = ConsentValue | 'unknown';

/** Consent banner texts for one region (`region: null` is the tenant's default). Plain text. */
export interface BannerTexts {
  region: string | null;
  title: string;
  body: string;
  acceptLabel: string;
  rejectLabel: string;
}

/** The part of the tenant's analytics settings the policy reads. */
export interface PolicySettings {
  clarityEnabled: boolean;
  clarityProjectId: string | null;
  consentMode: ConsentMode;
  consentRegions: readonly string[];
  consentBanners: readonly BannerTexts[];
  /** WebHaze's own first-party analytics (page views and commerce events, cookieless). */
  firstPartyAnalytics: boolean;
}

/** What the storefront learnt about the visitor: `Sec-GPC: 1`, the `wh_optout` and `wh_consent` cookies. */
export interface VisitorSignals {
  gpc: boolean;
  optOut: boolean;
  consent: VisitorConsent;
}

export interface AnalyticsPolicy {
  /** Whether the page carries the Clarity loader at all. */
  injectClarity: boolean;
  /** The validated project id, only when `injectClarity`. */
  clarityProjectId: string | null;
  /** Whether the tenant's consent mode requires consent in this region. */
  consentRequired: boolean;
  /** The consent v2 state passed to `clarity('consentv2', ...)`; 'denied' when nothing is injected. */
  consentState: { adStorage: ConsentValue; analyticsStorage: ConsentValue };
  /** Whether the page shows the consent banner (Clarity injected, consent required, visitor undecided). */
  showBanner: boolean;
  /** The banner texts for the region, only when `showBanner`. */
  banner: BannerTexts | null;
  /**
   * Whether first-party events (page views, commerce events) of this visitor are collected. Same
   * consent rule as Clarity's state: where consent is required only an explicit grant allows it,
   * elsewhere anything but an explicit rejection; GPC and the opt-out always stop it.
   */
  collectEvents: boolean;
}

/** Same rule as the settings validation: the id is the only tenant value that reaches a script. */
export const CLARITY_PROJECT_ID = /^[a-z0-9]{6,16}$/;

export const DEFAULT_BANNER: Omit<BannerTexts, 'region'> = {
  title: 'Your privacy',
  body: 'We use Microsoft Clarity to understand how visitors use this site. May we store analytics cookies?',
  acceptLabel: 'Accept',
  rejectLabel: 'Reject',
};

export const NO_SIGNALS: VisitorSignals = { gpc: false, optOut: false, consent: 'unknown' };

const both = (value: ConsentValue) => ({ adStorage: value, analyticsStorage: value });

export function decideAnalyticsPolicy(
  settings: PolicySettings,
  region: string | null,
  signals: VisitorSignals,
): AnalyticsPolicy {
  const consentRequired =
    settings.consentMode === 'ALWAYS' ||
    (settings.consentMode === 'REQUIRED_IN_REGIONS' &&
      region !== null &&
      settings.consentRegions.includes(region));
  const id = settings.clarityProjectId;
  // Global Privacy Control and an explicit opt-out mean no tracker at all, whatever the mode.
  const visitorAllows = !signals.gpc && !signals.optOut;
  const clarityAllowed =
    settings.clarityEnabled && id !== null && CLARITY_PROJECT_ID.test(id) && visitorAllows;
  const eventsAllowed = settings.firstPartyAnalytics && visitorAllows;
  // Where consent is required only an explicit grant grants; an explicit rejection is honoured everywhere.
  const granted = consentRequired ? signals.consent === 'granted' : signals.consent !== 'denied';
  // The banner asks only when there is something to consent to.
  const showBanner = (clarityAllowed || eventsAllowed) && consentRequired && signals.consent === 'unknown';
  return {
    injectClarity: clarityAllowed,
    clarityProjectId: clarityAllowed ? id : null,
    consentRequired,
    consentState: both(clarityAllowed && granted ? 'granted' : 'denied'),
    showBanner,
    banner: showBanner ? bannerFor(settings.consentBanners, region) : null,
    collectEvents: eventsAllowed && granted,
  };
}

function bannerFor(banners: readonly BannerTexts[], region: string | null): BannerTexts {
  const chosen =
    (region !== null ? banners.find((b) => b.region === region) : undefined) ??
    banners.find((b) => b.region === null);
  return chosen ?? { region: null, ...DEFAULT_BANNER };
}
