/** The editor shell: restores the session, loads `me`, and routes to the screens. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { messageOf } from './api.js';
import { AppContext, type AppState, can, type Viewer } from './app-context.js';
import {
  CONFIRM_EMAIL_CHANGE_PATH,
  CompleteSignUp,
  ConfirmEmailChange,
  ResetPassword,
  SignIn,
  SignUp,
  VerifyEmail,
} from './features/auth/Auth.js';
import { Sites } from './features/pages/Sites.js';
import { structureRoute } from './features/pages/structure/site.js';
import { SETTINGS_PATHS, SettingsHome, SettingsNav } from './features/settings/SettingsNav.js';
import { INVITATION_PATH, pendingInvitation } from './features/settings/team/InvitationLink.js';
import { Team } from './features/settings/team/Team.js';
import { Tenants } from './features/tenants/Tenants.js';
import { Link, navigate, useRoute } from './router.js';
import type { Session } from './session.js';
import { ViewerQuery } from './session-operations.js';
import { Toasts } from './toasts.js';
import { ErrorMessage, Loading } from './ui.js';

/** Puck and the component library: fetched only when a page is opened. */
const PageEditor = lazy(() => import('./features/pages/editor/PageEditor.js'));
/** A site's navigation, header and footer, and page-type templates (Puck too). */
const Structure = lazy(() => import('./features/pages/structure/Structure.js'));
/** The media library and the store screens: their own chunks, fetched when opened. */
const MediaLibrary = lazy(() => import('./features/media/Media.js'));
const Store = lazy(() => import('./features/store/Store.js'));
const Orders = lazy(() => import('./features/orders/Orders.js'));
/** Settings, analytics and invitation screens: each its own chunk, fetched when opened. */
const Tokens = lazy(() => import('./features/settings/tokens/Tokens.js'));
const Analytics = lazy(() => import('./features/analytics/Analytics.js'));
const Privacy = lazy(() => import('./features/settings/privacy/Privacy.js'));
const Billing = lazy(() => import('./features/settings/billing/Billing.js'));
const Regions = lazy(() => import('./features/settings/regions/Regions.js'));
const Invitation = lazy(() => import('./features/settings/team/Invitation.js'));
/** Account and workspace screens (issue 15): each its own chunk. */
const Account = lazy(() => import('./features/account/Account.js'));
const Domains = lazy(() => import('./features/settings/domains/Domains.js'));
const Webhooks = lazy(() => import('./features/settings/webhooks/Webhooks.js'));
const Translations = lazy(() => import('./features/settings/translations/Translations.js'));
const Payments = lazy(() => import('./features/settings/payments/Payments.js'));
/** The settings screens by path (each lazily loaded). */
const SETTINGS: Record<string, [React.ComponentType, string]> = {
  '/tokens': [Tokens, 'design tokens'],
  '/analytics': [Analytics, 'analytics'],
  '/settings/privacy': [Privacy, 'privacy settings'],
  '/settings/billing': [Billing, 'billing'],
  '/settings/regions': [Regions, 'regions'],
  // Account and workspace screens (issue 15).
  '/settings/domains': [Domains, 'custom domains'],
  '/settings/webhooks': [Webhooks, 'webhooks'],
  '/settings/translations': [Translations, 'translations'],
  // The onboarding checklist's "Set up payments" (ADR 0060); Stripe's onboarding returns here.
  '/settings/payments': [Payments, 'payments'],
};

export function App({ session }: { session: Session }) {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [loading, setLoading] = useState(session.signedIn);
  const [error, setError] = useState<unknown>(null);
  const { path } = useRoute();
  const [menuOpen, setMenuOpen] = useState(false);
  // A phone's menu closes once the viewer has gone where they chose.
  // biome-ignore lint/correctness/useExhaustiveDependencies: path is the trigger, not a value read
  useEffect(() => setMenuOpen(false), [path]);

  const reload = useCallback(async () => {
    if (!session.signedIn) {
      setViewer(null);
      setLoading(false);
      return;
    }
    setLoading(true);
    try {
      const { me } = await session.execute(ViewerQuery, {});
      setViewer(me ?? null);
      if (me?.tenant) session.tenantSlug = me.tenant.slug;
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }, [session]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => session.subscribe(() => !session.signedIn && setViewer(null)), [session]);

  const state = useMemo<AppState>(() => ({ session, viewer, reload }), [session, viewer, reload]);

  const signOut = async () => {
    await session.signOut();
    setViewer(null);
    navigate('/sign-in', true);
  };

  let screen: React.ReactNode;
  if (path === '/verify-email') screen = <VerifyEmail />;
  else if (path === CONFIRM_EMAIL_CHANGE_PATH) screen = <ConfirmEmailChange />;
  else if (path === '/sign-up/complete') screen = <CompleteSignUp />;
  else if (loading) screen = <Loading what="your account" />;
  else if (error && !viewer) {
    screen = (
      <main>
        <ErrorMessage>{messageOf(error)}</ErrorMessage>
        <button type="button" onClick={() => void reload()}>
          Retry
        </button>
      </main>
    );
  } else if (
    path === INVITATION_PATH ||
    (viewer && (path === '/' || path === '/tenants') && pendingInvitation())
  ) {
    // Before the workspace check: an invitee often has no workspace yet.
    screen = (
      <Suspense fallback={<Loading what="the invitation" />}>
        <Invitation />
      </Suspense>
    );
  } else if (!viewer) {
    screen =
      path === '/sign-up' ? <SignUp /> : path.startsWith('/reset-password') ? <ResetPassword /> : <SignIn />;
  } else if (path === '/account') {
    // Before the workspace check: the account is the person's, with or without a workspace.
    screen = (
      <Suspense fallback={<Loading what="your account" />}>
        <Account />
      </Suspense>
    );
  } else if (!viewer.tenant || path === '/tenants') screen = <Tenants />;
  else if (path === '/settings') screen = <SettingsHome />;
  else if (SETTINGS[path]) {
    const [Screen, what] = SETTINGS[path];
    screen = (
      <Suspense fallback={<Loading what={what} />}>
        <Screen />
      </Suspense>
    );
  } else if (path === '/team') screen = <Team />;
  else if (path === '/media') {
    screen = (
      <Suspense fallback={<Loading what="the media library" />}>
        <MediaLibrary />
      </Suspense>
    );
  } else if (path === '/store' || path.startsWith('/store/')) {
    screen = (
      <Suspense fallback={<Loading what="the store" />}>
        <Store path={path} />
      </Suspense>
    );
  } else if (path === '/orders' || path.startsWith('/orders/')) {
    screen = (
      <Suspense fallback={<Loading what="the orders" />}>
        <Orders path={path} />
      </Suspense>
    );
  } else if (path.startsWith('/pages/')) {
    screen = (
      <Suspense fallback={<Loading what="the editor" />}>
        <PageEditor id={decodeURIComponent(path.slice('/pages/'.length))} />
      </Suspense>
    );
  } else if (structureRoute(path)) {
    screen = (
      <Suspense fallback={<Loading what="the site’s structure" />}>
        <Structure route={structureRoute(path)!} />
      </Suspense>
    );
  } else screen = <Sites />;

  return (
    <AppContext.Provider value={state}>
      {viewer ? (
        <header className="topbar">
          <Link to="/" className="brand">
            WebHaze
          </Link>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
          <div id="main-menu" className="topbar-menu" data-open={menuOpen}>
            {viewer.tenant ? (
              <nav aria-label="Main">
                <MainLink
                  to="/"
                  current={path === '/' || path.startsWith('/pages/') || path.startsWith('/sites/')}
                >
                  Sites
                </MainLink>
                {can(viewer, 'assets:read') ? <MainLink to="/media">Media</MainLink> : null}
                {can(viewer, 'catalog:read') ? (
                  <MainLink to="/store" current={path.startsWith('/store')}>
                    Products
                  </MainLink>
                ) : null}
                {can(viewer, 'orders:read') ? (
                  <MainLink to="/orders" current={path.startsWith('/orders')}>
                    Orders
                  </MainLink>
                ) : null}
                {can(viewer, 'analytics:read') ? <MainLink to="/analytics">Analytics</MainLink> : null}
                <MainLink to="/settings" current={SETTINGS_PATHS.has(path)}>
                  Settings
                </MainLink>
              </nav>
            ) : null}
            <span className="who">
              <Link to="/tenants">
                {viewer.tenant ? `Workspace: ${viewer.tenant.name}` : 'Choose a workspace'}
              </Link>{' '}
              · <Link to="/account">{viewer.user.name}</Link>
              {viewer.role ? ` (${viewer.role.toLowerCase()})` : ''}
            </span>
            <button type="button" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        </header>
      ) : null}
      {viewer?.tenant && SETTINGS_PATHS.has(path) && path !== '/settings' ? (
        <div className="area-nav">
          <SettingsNav />
        </div>
      ) : null}
      {screen}
      <Toasts />
    </AppContext.Provider>
  );
}

/** A main-navigation link, marked current on its own screen (or on the screens `current` says are its). */
function MainLink({ to, current, children }: { to: string; current?: boolean; children: React.ReactNode }) {
  const { path } = useRoute();
  return (
    <Link to={to} aria-current={(current ?? path === to) ? 'page' : undefined}>
      {children}
    </Link>
  );
}
