/**
 * Privacy and analytics settings (settings:read; changes need settings:write): the Microsoft
 * Clarity project id and switch, the consent mode (NONE, REQUIRED_IN_REGIONS with its regions,
 * ALWAYS), consent banner texts per region, first-party analytics and raw-event retention.
 * What visitors get (everything but retention) is edited as a draft (ADR 0059): saved with
 * savePrivacyDraft, previewed per region at phone, tablet and desktop widths (the banner as the
 * draft would show it), published explicitly as a version, and rolled back. Retention is not
 * visitor-facing and is saved directly.
 * The client checks the same rules as the server (subgraphs/analytics/services/settings-service.ts);
 * the server's refusals are shown at the field they name.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ApiError, messageOf } from '../../../api.js';
import { can, useApp } from '../../../app-context.js';
import type {
  ConsentBannerInput,
  ConsentMode,
  PreviewPrivacyQuery as PreviewResult,
  AnalyticsSettingsQuery as SettingsResult,
} from '../../../gql/graphql.js';
import { toast } from '../../../toasts.js';
import { ErrorMessage, Field, Forbidden, LoadFailed, Loading } from '../../../ui.js';
import { useUnsavedGuard } from '../../../unsaved.js';
import { DraftState, VersionHistory, ViewportPreview } from '../drafts.js';
import {
  AnalyticsSettingsQuery,
  DiscardPrivacyDraftMutation,
  PreviewPrivacyQuery,
  PublishPrivacyDraftMutation,
  RollBackPrivacyMutation,
  SavePrivacyDraftMutation,
  UpdateAnalyticsSettingsMutation,
} from './operations.js';

/** The server's rule for Clarity project ids (policy.ts CLARITY_PROJECT_ID). */
export const CLARITY_PROJECT_ID = /^[a-z0-9]{6,16}$/;
/** The server's rule for region codes (settings-service.ts regionCode). */
export const REGION_CODE = /^[a-z][a-z0-9-]{0,15}$/;
export const RETENTION = { min: 1, max: 730 } as const;
const LIMITS = { title: 80, body: 600, label: 30 } as const;
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const NOT_PLAIN_TEXT = /[<>\u0000-\u0008\u000b-\u001f\u007f]/;

const MODES: { mode: ConsentMode; label: string }[] = [
  { mode: 'NONE', label: 'No consent needed' },
  { mode: 'REQUIRED_IN_REGIONS', label: 'Consent needed in some regions' },
  { mode: 'ALWAYS', label: 'Consent needed everywhere' },
];

/** The visitor-facing settings, from the live row or the draft. */
type Visitor = Omit<SettingsResult['analyticsSettings'], 'retentionDays' | 'updatedAt' | ' $fragmentName'>;
interface Draft {
  clarityProjectId: string;
  clarityEnabled: boolean;
  consentMode: ConsentMode;
  consentRegions: string[];
  consentBanners: ConsentBannerInput[];
  firstPartyAnalytics: boolean;
  retentionDays: string;
}

const draftOf = (s: Visitor, retentionDays: number): Draft => ({
  clarityProjectId: s.clarityProjectId ?? '',
  clarityEnabled: s.clarityEnabled,
  consentMode: s.consentMode,
  consentRegions: s.consentRegions,
  consentBanners: s.consentBanners.map((b) => ({ ...b })),
  firstPartyAnalytics: s.firstPartyAnalytics,
  retentionDays: String(retentionDays),
});

/** What the form sends for the visitor-facing fields (trimmed). */
const privacyInputOf = (draft: Draft) => ({
  clarityProjectId: draft.clarityProjectId.trim() || null,
  clarityEnabled: draft.clarityEnabled,
  consentMode: draft.consentMode,
  consentRegions: draft.consentRegions,
  consentBanners: draft.consentBanners.map((b) => ({
    region: b.region ?? null,
    title: b.title.trim(),
    body: b.body.trim(),
    acceptLabel: b.acceptLabel.trim(),
    rejectLabel: b.rejectLabel.trim(),
  })),
  firstPartyAnalytics: draft.firstPartyAnalytics,
});

/** The form's starting point: the draft's visitor-facing settings when there is one, else the live ones. */
const formOf = (result: SettingsResult): Draft =>
  draftOf(
    (result.privacyDraft?.settings as Visitor | undefined) ?? result.analyticsSettings,
    result.analyticsSettings.retentionDays,
  );

const textProblem = (value: string, max: number) => {
  const text = value.trim();
  if (!text) return 'must not be empty';
  if (text.length > max) return `must be at most ${max} characters`;
  if (NOT_PLAIN_TEXT.test(text)) return 'plain text only: no < > or control characters';
  return undefined;
};

/** Problems the client can see before sending, keyed like the server's field paths. */
export function draftProblems(draft: Draft): Map<string, string> {
  const out = new Map<string, string>();
  const id = draft.clarityProjectId.trim();
  if (id && !CLARITY_PROJECT_ID.test(id))
    out.set('clarityProjectId', 'Clarity project id must be 6–16 lowercase letters and digits');
  if (draft.clarityEnabled && !id) out.set('clarityEnabled', 'Clarity can only be on with a project id');
  const bad = draft.consentRegions.find((r) => !REGION_CODE.test(r));
  if (bad !== undefined)
    out.set('consentRegions', `"${bad}": region codes are 1–16 lowercase letters, digits and dashes`);
  if (draft.consentMode === 'REQUIRED_IN_REGIONS' && draft.consentRegions.length === 0)
    out.set('consentRegions', 'Choose at least one region that requires consent');
  const days = Number(draft.retentionDays);
  if (!Number.isInteger(days) || days < RETENTION.min || days > RETENTION.max)
    out.set('retentionDays', `Keep raw events ${RETENTION.min}–${RETENTION.max} whole days`);
  draft.consentBanners.forEach((b, i) => {
    for (const [key, max] of [
      ['title', LIMITS.title],
      ['body', LIMITS.body],
      ['acceptLabel', LIMITS.label],
      ['rejectLabel', LIMITS.label],
    ] as const) {
      const problem = textProblem(b[key], max);
      if (problem) out.set(`consentBanners.${i}.${key}`, problem);
    }
  });
  return out;
}

export function Privacy() {
  const { session, viewer } = useApp();
  const [data, setData] = useState<SettingsResult | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [otherRegions, setOtherRegions] = useState<string | null>(null);
  const [previewRegion, setPreviewRegion] = useState('');
  const [preview, setPreview] = useState<PreviewResult['analyticsPolicy'] | null>(null);

  const load = useCallback(async () => {
    try {
      const result = await session.execute(AnalyticsSettingsQuery, {});
      setData(result);
      setDraft(formOf(result));
      setOtherRegions(null);
      setLoadError(null);
    } catch (err) {
      setLoadError(err);
    }
  }, [session]);
  const allowed = can(viewer, 'settings:read');
  useEffect(() => {
    if (allowed) void load();
  }, [load, allowed]);
  const dirty = data !== null && draft !== null && JSON.stringify(formOf(data)) !== JSON.stringify(draft);
  useUnsavedGuard(dirty ? 'Your privacy changes are not saved to the draft yet.' : null);

  if (!allowed) {
    return (
      <Forbidden title="Privacy and analytics">
        Your role in this workspace cannot see its settings.
      </Forbidden>
    );
  }
  if (loadError) {
    return <LoadFailed title="Privacy and analytics" error={loadError} onRetry={() => void load()} />;
  }
  if (!data || !draft) return <Loading what="privacy settings" />;

  const writable = can(viewer, 'settings:write');
  const problems = draftProblems(draft);
  const serverField = error instanceof ApiError && error.code === 'BAD_USER_INPUT' ? error.field : undefined;
  const problemAt = (field: string) =>
    problems.get(field) ??
    (serverField === field || serverField?.endsWith(`.${field}`) ? messageOf(error) : undefined);
  const change = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };
  const known = data.regions.map((r) => r.code);
  const others = otherRegions ?? draft.consentRegions.filter((r) => !known.includes(r)).join(', ');
  const setOthers = (text: string) => {
    setOtherRegions(text);
    const typed = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    change({ consentRegions: [...draft.consentRegions.filter((r) => known.includes(r)), ...typed] });
  };
  const toggleRegion = (code: string, on: boolean) =>
    change({
      consentRegions: on ? [...draft.consentRegions, code] : draft.consentRegions.filter((r) => r !== code),
    });
  const setBanner = (index: number, patch: Partial<ConsentBannerInput>) =>
    change({ consentBanners: draft.consentBanners.map((b, i) => (i === index ? { ...b, ...patch } : b)) });
  const bannerRegions = new Set(draft.consentBanners.map((b) => b.region ?? null));
  const addable = [null, ...known].filter((r) => !bannerRegions.has(r));

  const liveVersion = data.privacyVersions.edges[0]?.node.version ?? 0;
  const base = formOf(data);
  const visitorChanged = JSON.stringify(privacyInputOf(draft)) !== JSON.stringify(privacyInputOf(base));
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (problems.size > 0) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      if (visitorChanged) {
        await session.execute(SavePrivacyDraftMutation, {
          input: privacyInputOf(draft),
          expectedVersion: data.privacyDraft?.version ?? 0,
        });
      }
      // Retention is not what visitors see: it applies at once, without a draft.
      if (draft.retentionDays !== base.retentionDays) {
        await session.execute(UpdateAnalyticsSettingsMutation, {
          input: { retentionDays: Number(draft.retentionDays) },
        });
      }
      await load();
      setPreview(null);
      setSaved(true);
      toast(visitorChanged ? 'Draft saved: not live until you publish.' : 'Retention saved.');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  /** Runs a draft action (publish, discard, rollback), reloading after it. */
  const runDraftAction = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      const message = await work();
      await load();
      setPreview(null);
      toast(message);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const publish = () =>
    runDraftAction(async () => {
      const { publishPrivacyDraft } = await session.execute(PublishPrivacyDraftMutation, {
        expectedVersion: liveVersion,
      });
      return `Privacy settings published: visitors get version ${publishPrivacyDraft.version} now.`;
    });
  const discard = () =>
    runDraftAction(async () => {
      await session.execute(DiscardPrivacyDraftMutation, {
        expectedVersion: data.privacyDraft?.version ?? 0,
      });
      return 'Draft discarded: the live settings are shown again.';
    });
  const rollBack = (version: number) =>
    runDraftAction(async () => {
      const { rollBackPrivacy } = await session.execute(RollBackPrivacyMutation, {
        version,
        expectedVersion: liveVersion,
      });
      return `Rolled back: visitors get version ${version} again (published as version ${rollBackPrivacy.version}).`;
    });
  const openPreview = async () => {
    setError(null);
    try {
      const { analyticsPolicy } = await session.execute(PreviewPrivacyQuery, {
        region: previewRegion || null,
      });
      setPreview(analyticsPolicy);
    } catch (err) {
      setError(err);
    }
  };

  const placed =
    serverField !== undefined &&
    /^(clarity|consent|retention|firstParty)/.test(serverField.replace(/^input\./, ''));
  return (
    <main>
      <h1>Privacy and analytics</h1>
      <DraftState hasDraft={data.privacyDraft !== null} liveVersion={liveVersion} />
      <ErrorMessage>
        {error instanceof ApiError && error.code === 'CONFLICT'
          ? 'Someone else changed the privacy settings meanwhile: reload to see their version, then apply yours again.'
          : error && !placed
            ? messageOf(error)
            : undefined}
      </ErrorMessage>
      <form aria-label="Privacy settings" onSubmit={(e) => void save(e)}>
        <fieldset disabled={!writable}>
          <legend>Microsoft Clarity</legend>
          <Field
            label="Clarity project id"
            value={draft.clarityProjectId}
            placeholder="e.g. abcd1234ef"
            error={problemAt('clarityProjectId')}
            onChange={(e) => change({ clarityProjectId: e.target.value.trim() })}
          />
          <label>
            <input
              type="checkbox"
              checked={draft.clarityEnabled}
              onChange={(e) => change({ clarityEnabled: e.target.checked })}
            />{' '}
            Add Clarity to published pages
          </label>
          {problemAt('clarityEnabled') ? (
            <p className="field-error" role="alert">
              {problemAt('clarityEnabled')}
            </p>
          ) : null}
        </fieldset>
        <fieldset disabled={!writable}>
          <legend>Consent</legend>
          {MODES.map(({ mode, label }) => (
            <label key={mode}>
              <input
                type="radio"
                name="consentMode"
                value={mode}
                checked={draft.consentMode === mode}
                onChange={() => change({ consentMode: mode })}
              />{' '}
              {label}{' '}
            </label>
          ))}
          {draft.consentMode === 'REQUIRED_IN_REGIONS' ? (
            <fieldset aria-label="Regions that require consent">
              <legend>Regions that require consent</legend>
              {known.map((code) => (
                <label key={code}>
                  <input
                    type="checkbox"
                    checked={draft.consentRegions.includes(code)}
                    onChange={(e) => toggleRegion(code, e.target.checked)}
                  />{' '}
                  {code}{' '}
                </label>
              ))}
              <Field
                label="Other region codes (comma-separated)"
                value={others}
                onChange={(e) => setOthers(e.target.value)}
                error={problemAt('consentRegions')}
              />
            </fieldset>
          ) : null}
          <h3>Consent banner texts</h3>
          {draft.consentBanners.length === 0 ? (
            <p>No banner texts yet: visitors see the built-in texts.</p>
          ) : null}
          {draft.consentBanners.map((banner, i) => (
            <fieldset key={banner.region ?? ''} className="banner-texts">
              <legend>{banner.region ? `Region ${banner.region}` : 'Default texts'}</legend>
              <Field
                label={`Title (${banner.region ?? 'default'})`}
                value={banner.title}
                maxLength={LIMITS.title}
                error={problemAt(`consentBanners.${i}.title`)}
                onChange={(e) => setBanner(i, { title: e.target.value })}
              />
              <Field
                label={`Text (${banner.region ?? 'default'})`}
                value={banner.body}
                maxLength={LIMITS.body}
                error={problemAt(`consentBanners.${i}.body`)}
                onChange={(e) => setBanner(i, { body: e.target.value })}
              />
              <Field
                label={`Accept label (${banner.region ?? 'default'})`}
                value={banner.acceptLabel}
                maxLength={LIMITS.label}
                error={problemAt(`consentBanners.${i}.acceptLabel`)}
                onChange={(e) => setBanner(i, { acceptLabel: e.target.value })}
              />
              <Field
                label={`Reject label (${banner.region ?? 'default'})`}
                value={banner.rejectLabel}
                maxLength={LIMITS.label}
                error={problemAt(`consentBanners.${i}.rejectLabel`)}
                onChange={(e) => setBanner(i, { rejectLabel: e.target.value })}
              />
              <button
                type="button"
                onClick={() => change({ consentBanners: draft.consentBanners.filter((_, j) => j !== i) })}
              >
                Remove these texts
              </button>
            </fieldset>
          ))}
          {addable.length > 0 ? (
            <label>
              Add banner texts for{' '}
              <select
                value=""
                onChange={(e) => {
                  const region = e.target.value === '*' ? null : e.target.value;
                  change({
                    consentBanners: [
                      ...draft.consentBanners,
                      { region, title: '', body: '', acceptLabel: 'Accept', rejectLabel: 'Reject' },
                    ],
                  });
                }}
              >
                <option value="">Choose…</option>
                {addable.map((r) => (
                  <option key={r ?? '*'} value={r ?? '*'}>
                    {r ?? 'Default (all other regions)'}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </fieldset>
        <fieldset disabled={!writable}>
          <legend>First-party analytics</legend>
          <label>
            <input
              type="checkbox"
              checked={draft.firstPartyAnalytics}
              onChange={(e) => change({ firstPartyAnalytics: e.target.checked })}
            />{' '}
            Collect cookieless page views (WebHaze analytics)
          </label>
          <Field
            label="Keep raw events (days)"
            type="number"
            min={RETENTION.min}
            max={RETENTION.max}
            value={draft.retentionDays}
            error={problemAt('retentionDays')}
            onChange={(e) => change({ retentionDays: e.target.value })}
          />
          <p>Retention applies at once when saved: visitors do not see it, so it needs no publishing.</p>
        </fieldset>
        {writable ? (
          <div className="actions">
            <button type="submit" disabled={busy || problems.size > 0 || !dirty}>
              {busy ? 'Saving…' : 'Save draft'}
            </button>{' '}
            <button
              type="button"
              disabled={busy || dirty || data.privacyDraft === null}
              onClick={() => void publish()}
            >
              Publish privacy settings
            </button>{' '}
            <button
              type="button"
              disabled={busy || dirty || data.privacyDraft === null}
              onClick={() => void discard()}
            >
              Discard draft
            </button>
            {dirty ? <p>Save the draft before publishing or previewing it.</p> : null}
          </div>
        ) : (
          <p>Your role can look at these settings but not change them.</p>
        )}
        {saved ? <p role="status">Saved: the draft is not live until you publish it.</p> : null}
      </form>
      <section aria-label="Preview for visitors">
        <h2>Preview for visitors</h2>
        <p>
          <label>
            Visitor's region{' '}
            <select value={previewRegion} onChange={(e) => setPreviewRegion(e.target.value)}>
              <option value="">Default region</option>
              {known.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" disabled={dirty} onClick={() => void openPreview()}>
            Preview the draft
          </button>
        </p>
        {preview ? (
          <ViewportPreview title="What a new visitor gets under the draft">
            <div className="privacy-preview">
              <p>
                Clarity {preview.injectClarity ? 'loads' : 'does not load'}
                {preview.injectClarity && preview.consentRequired ? ', waiting for consent' : ''}.
              </p>
              {preview.showBanner && preview.banner ? (
                <aside className="consent-banner-preview" aria-label="Consent banner">
                  <p>
                    <strong>{preview.banner.title}</strong>
                  </p>
                  <p>{preview.banner.body}</p>
                  <span className="preview-button">{preview.banner.acceptLabel}</span>{' '}
                  <span className="preview-button">{preview.banner.rejectLabel}</span>
                </aside>
              ) : (
                <p>No consent banner.</p>
              )}
            </div>
          </ViewportPreview>
        ) : null}
      </section>
      <VersionHistory
        what="privacy settings"
        versions={data.privacyVersions.edges.map((e) => e.node)}
        writable={writable}
        busy={busy}
        onRollBack={rollBack}
      />
    </main>
  );
}

export default Privacy;
