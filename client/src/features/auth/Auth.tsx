/** Sign in, sign up (and its emailed link) and password reset, against the auth subgraph through the gateway. */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { messageOf, send } from '../../api.js';
import { useApp } from '../../app-context.js';
import type { SignInProvidersQuery } from '../../gql/graphql.js';
import { Link, navigate, useRoute } from '../../router.js';
import { ErrorMessage, Field, fieldError, formError, useAction } from '../../ui.js';
import {
  CompleteMfaMutation,
  CompleteSignUpMutation,
  ConfirmEmailChangeMutation,
  ExchangeSignInCodeMutation,
  LoginMutation,
  RequestPasswordResetMutation,
  ResetPasswordMutation,
  SignInProvidersQuery as SignInProviders,
  SignUpMutation,
  VerifyEmailMutation,
} from './operations.js';

const anonymous = { accessToken: null, tenantSlug: null };

const values = (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  const data = new FormData(event.currentTarget);
  return (name: string) => String(data.get(name) ?? '');
};

export function SignIn() {
  const { session, reload } = useApp();
  const { busy, error, run } = useAction();
  const [mfaTicket, setMfaTicket] = useState<string | null>(null);
  const [providers, setProviders] = useState<SignInProvidersQuery['signInProviders']>([]);
  const exchanged = useRef(false);

  useEffect(() => {
    send(SignInProviders, {}, anonymous).then(
      (data) => setProviders(data.signInProviders),
      () => setProviders([]),
    );
  }, []);

  // Back from a social sign-in: `#signInCode=<code>` is traded once for tokens (or an MFA ticket).
  useEffect(() => {
    const code = new URLSearchParams(window.location.hash.slice(1)).get('signInCode');
    if (!code || exchanged.current) return;
    exchanged.current = true;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    void run(async () => {
      const { exchangeSignInCode: payload } = await send(ExchangeSignInCodeMutation, { code }, anonymous);
      if (payload.mfaRequired && payload.mfaTicket) {
        setMfaTicket(payload.mfaTicket);
        return;
      }
      session.adopt(payload);
      await reload();
      navigate('/', true);
    });
  }, [session, reload, run]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    const get = values(event);
    await run(async () => {
      if (mfaTicket) {
        const data = await send(CompleteMfaMutation, { ticket: mfaTicket, code: get('code') }, anonymous);
        session.adopt(data.completeMfa);
      } else {
        const tenantSlug = get('tenant').trim() || null;
        const input = { email: get('email'), password: get('password'), tenantSlug };
        const { login } = await send(LoginMutation, { input }, anonymous);
        if (login.mfaRequired && login.mfaTicket) {
          setMfaTicket(login.mfaTicket);
          return;
        }
        session.adopt(login, tenantSlug);
      }
      await reload();
      navigate('/', true);
    });
  };

  return (
    <main className="auth">
      <h1>Sign in to WebHaze</h1>
      <form onSubmit={onSubmit} aria-label="Sign in">
        <ErrorMessage>{formError(error, ['email', 'password', 'tenantSlug', 'code'])}</ErrorMessage>
        {mfaTicket ? (
          <Field
            label="Authenticator or recovery code"
            name="code"
            autoComplete="one-time-code"
            required
            error={fieldError(error, 'code')}
          />
        ) : (
          <>
            <Field
              label="Email"
              name="email"
              type="email"
              autoComplete="email"
              required
              error={fieldError(error, 'email')}
            />
            <Field
              label="Password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              error={fieldError(error, 'password')}
            />
            <Field
              label="Workspace (optional)"
              name="tenant"
              autoComplete="organization"
              error={fieldError(error, 'tenantSlug')}
            />
          </>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {providers.length > 0 && !mfaTicket ? (
        <ul className="providers" aria-label="Other ways to sign in">
          {providers.map((p) => (
            <li key={p.id}>
              <a
                href={`${p.startUrl}${p.startUrl.includes('?') ? '&' : '?'}redirect=${encodeURIComponent('/editor/')}`}
              >
                Continue with {p.name}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/sign-up">Create an account</Link> · <Link to="/reset-password">Forgot your password?</Link>
      </p>
    </main>
  );
}

/**
 * The screen of an emailed `?token=` link: runs `use(token)` once and shows the message it answers
 * (none when it moves on by itself), or why the link did not work.
 */
function EmailedLink(props: {
  title: string;
  busy: string;
  use: (token: string) => Promise<string | undefined>;
  children: React.ReactNode;
}) {
  const { title, busy, use, children } = props;
  const { query } = useRoute();
  const token = query.get('token');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const sent = useRef(false);
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    use(token).then(
      (message) => message && setResult({ ok: true, message }),
      (err: unknown) => setResult({ ok: false, message: messageOf(err) }),
    );
  }, [token, use]);
  return (
    <main className="auth">
      <h1>{title}</h1>
      {!token ? (
        <p role="alert">This link has no token: open the link from the email again.</p>
      ) : result ? (
        <p role={result.ok ? 'status' : 'alert'}>{result.message}</p>
      ) : (
        <p aria-busy="true">{busy}</p>
      )}
      <p>{children}</p>
    </main>
  );
}

/** The emailed `/editor/verify-email?token=` link: confirms the address, signed in or not. */
export function VerifyEmail() {
  const confirm = async (token: string) => {
    await send(VerifyEmailMutation, { token }, anonymous);
    return 'Your email address is confirmed.';
  };
  return (
    <EmailedLink title="Confirm your email address" busy="Confirming…" use={confirm}>
      <Link to="/">Continue</Link>
    </EmailedLink>
  );
}

/** The path of the emailed link that confirms a new sign-in address (workers/email.ts builds it). */
export const CONFIRM_EMAIL_CHANGE_PATH = '/confirm-email-change';

/**
 * The emailed `/editor/confirm-email-change?token=` link: switches the account to the new address,
 * signed in or not (a signed-in editor's account is reloaded to show it).
 */
export function ConfirmEmailChange() {
  const { session, reload } = useApp();
  const confirm = async (token: string) => {
    await send(ConfirmEmailChangeMutation, { token }, anonymous);
    if (session.signedIn) await reload();
    return 'Your sign-in address is changed: use the new address from now on.';
  };
  return (
    <EmailedLink title="Confirm your new email address" busy="Confirming…" use={confirm}>
      <Link to="/">Continue</Link>
    </EmailedLink>
  );
}

/**
 * Sign-up mails a link that finishes it (CompleteSignUp); the answer is the same whether or not the
 * address already has an account (its owner gets a notice instead of a link).
 */
export function SignUp() {
  const { busy, error, run } = useAction();
  const [sentTo, setSentTo] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    const get = values(event);
    await run(async () => {
      const input = { name: get('name'), email: get('email'), password: get('password') };
      await send(SignUpMutation, { input }, anonymous);
      setSentTo(input.email.trim());
    });
  };

  if (sentTo) {
    return (
      <main className="auth">
        <h1>Check your email</h1>
        <p role="status">
          We sent a message to <strong>{sentTo}</strong>. Follow its link within 48 hours to finish creating
          your account.
        </p>
        <p>
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </main>
    );
  }

  return (
    <main className="auth">
      <h1>Create your WebHaze account</h1>
      <form onSubmit={onSubmit} aria-label="Sign up">
        <ErrorMessage>{formError(error, ['name', 'email', 'password'])}</ErrorMessage>
        <Field label="Name" name="name" autoComplete="name" required error={fieldError(error, 'name')} />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={fieldError(error, 'email')}
        />
        <Field
          label="Password (at least 10 characters)"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={10}
          required
          error={fieldError(error, 'password')}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Sign up'}
        </button>
      </form>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </main>
  );
}

/** The emailed `/editor/sign-up/complete?token=` link: creates the account and signs in, once. */
export function CompleteSignUp() {
  const { session, reload } = useApp();
  const complete = async (token: string) => {
    const { completeSignUp } = await send(CompleteSignUpMutation, { token }, anonymous);
    session.adopt(completeSignUp);
    await reload();
    // A pending invitation (kept while signing up) takes over from here.
    navigate('/tenants', true);
    return undefined;
  };
  return (
    <EmailedLink title="Create your WebHaze account" busy="Creating your account…" use={complete}>
      <Link to="/sign-up">Sign up again</Link> · <Link to="/sign-in">Sign in</Link>
    </EmailedLink>
  );
}

/** Without `?token=`: asks for the email to send a link to. With it (the emailed link): sets a new password. */
export function ResetPassword() {
  const { query } = useRoute();
  const token = query.get('token');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    const get = values(event);
    setError(null);
    try {
      if (token) {
        await send(ResetPasswordMutation, { token, newPassword: get('password') }, anonymous);
        setDone('Your password was changed and every session signed out. Sign in with the new password.');
      } else {
        await send(RequestPasswordResetMutation, { email: get('email') }, anonymous);
        setDone('If that address has an account, a reset link is on its way (valid for one hour).');
      }
    } catch (err) {
      setError(err);
    }
  };

  return (
    <main className="auth">
      <h1>{token ? 'Choose a new password' : 'Reset your password'}</h1>
      {done ? (
        <p role="status">{done}</p>
      ) : (
        <form onSubmit={onSubmit} aria-label="Reset password">
          <ErrorMessage>{formError(error, ['email', 'newPassword', 'token'])}</ErrorMessage>
          {token ? (
            <Field
              label="New password (at least 10 characters)"
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
              error={fieldError(error, 'newPassword') ?? fieldError(error, 'token')}
            />
          ) : (
            <Field
              label="Email"
              name="email"
              type="email"
              autoComplete="email"
              required
              error={fieldError(error, 'email')}
            />
          )}
          <button type="submit">{token ? 'Set password' : 'Send reset link'}</button>
        </form>
      )}
      <p>
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </main>
  );
}
