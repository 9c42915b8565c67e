/**
 * The first screen's onboarding panel (ADR 0060): "Setting up your site…" while the workspace's
 * starter site is being built, then the checklist of first steps, each linking to its screen and
 * ticked from what the workspace has done (re-read whenever the screen is shown). Once every item
 * is done the checklist can be dismissed for the workspace.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../api.js';
import { can, useApp } from '../../app-context.js';
import type { OnboardingQuery as OnboardingResult } from '../../gql/graphql.js';
import { Link } from '../../router.js';
import { ErrorMessage, useAction, useLoad } from '../../ui.js';
import {
  BuildStarterSiteMutation,
  DismissOnboardingChecklistMutation,
  OnboardingQuery,
} from './operations.js';

type Onboarding = NonNullable<OnboardingResult['onboarding']>;

/**
 * How often the panel asks again while the starter site is being built, and after how many answers
 * that it is still queued the owner is offered to build it now (tests shorten both).
 */
export const onboardingTimings = { pollMs: 1500, queuedPolls: 20 };

/** The checklist in order: what each item is called, where it is done, and whether it is. */
export function checklistItems(onboarding: Onboarding) {
  const home = onboarding.starterSite.homePageId;
  return [
    { id: 'product', label: 'Add a product', to: '/store', done: onboarding.productAdded },
    {
      id: 'payments',
      label: 'Set up payments',
      to: '/settings/payments',
      done: onboarding.paymentsConnected,
    },
    { id: 'theme', label: 'Customise the theme', to: '/tokens', done: onboarding.themeCustomised },
    { id: 'domain', label: 'Connect a domain', to: '/settings/domains', done: onboarding.domainConnected },
    { id: 'publish', label: 'Publish', to: home ? `/pages/${home}` : '/', done: onboarding.sitePublished },
  ];
}

const BUILDING = new Set(['QUEUED', 'BUILDING']);

/** `onSiteReady`: the starter site has just been built (the sites list should load it). */
export function OnboardingPanel({ onSiteReady }: { onSiteReady(): void }) {
  const { session, viewer } = useApp();
  const fetchOnboarding = useCallback(() => session.execute(OnboardingQuery, {}), [session]);
  const { data, error, reload } = useLoad(fetchOnboarding);
  const { busy, error: actionError, run } = useAction();
  const onboarding = data?.onboarding ?? null;
  const status = onboarding?.starterSite.status ?? null;
  const building = status !== null && BUILDING.has(status);
  // Answers that the build is still queued: a workspace whose build was never enqueued (the queue
  // was down at sign-up, or it predates starter sites) stays queued.
  const [queuedPolls, setQueuedPolls] = useState(0);

  useEffect(() => {
    if (!building) return;
    const timer = setInterval(() => {
      setQueuedPolls((n) => n + 1);
      void reload();
    }, onboardingTimings.pollMs);
    return () => clearInterval(timer);
  }, [building, reload]);
  // Only a build seen finishing here: a site that was ready already is in the list.
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current !== null && BUILDING.has(previous.current) && status === 'READY') onSiteReady();
    previous.current = status;
  }, [status, onSiteReady]);

  if (error) return <ErrorMessage>{`The checklist could not be loaded: ${messageOf(error)}`}</ErrorMessage>;
  if (!onboarding || onboarding.dismissedAt) return null;
  const manage = can(viewer, 'settings:write');
  const items = checklistItems(onboarding);
  const done = items.filter((item) => item.done).length;

  const buildAgain = () =>
    run(async () => {
      await session.execute(BuildStarterSiteMutation, { businessName: viewer?.tenant?.name ?? '' });
      await reload();
    });
  const dismiss = () =>
    run(async () => {
      await session.execute(DismissOnboardingChecklistMutation, {});
      await reload();
    });

  return (
    <section className="onboarding" aria-labelledby="onboarding-heading">
      <h2 id="onboarding-heading">Get your site ready</h2>
      {building ? (
        <p role="status" className="onboarding-status">
          Setting up your site…
        </p>
      ) : null}
      {status === 'QUEUED' && queuedPolls >= onboardingTimings.queuedPolls && manage ? (
        <p>
          This is taking longer than it should.{' '}
          <button type="button" disabled={busy} onClick={() => void buildAgain()}>
            Build it now
          </button>
        </p>
      ) : null}
      {status === 'FAILED' ? (
        <div role="alert">
          <p>Your starter site could not be built: {onboarding.starterSite.error}</p>
          {manage ? (
            <button type="button" disabled={busy} onClick={() => void buildAgain()}>
              Try again
            </button>
          ) : null}
        </div>
      ) : null}
      <p id="onboarding-progress">
        {done} of {items.length} done
      </p>
      <ol className="checklist" aria-describedby="onboarding-progress">
        {items.map((item) => (
          <li key={item.id} className={item.done ? 'checklist-item done' : 'checklist-item'}>
            <span aria-hidden="true">{item.done ? '✓' : '○'}</span> <Link to={item.to}>{item.label}</Link>{' '}
            <span className={item.done ? 'badge ok' : 'badge'}>{item.done ? 'Done' : 'To do'}</span>
          </li>
        ))}
      </ol>
      <ErrorMessage>{actionError ? messageOf(actionError) : undefined}</ErrorMessage>
      {manage && done === items.length ? (
        <button type="button" disabled={busy} onClick={() => void dismiss()}>
          Dismiss the checklist
        </button>
      ) : null}
    </section>
  );
}
