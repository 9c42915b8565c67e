/** Sign in, sign up and password reset, against the auth subgraph through the gateway. */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { messageOf, send } from '../api.js';
import { useApp } from '../app-context.js';
import type { SignInProvidersQuery } from '../gql/graphql.js';
import {
  CompleteMfaMutation,
  ExchangeSignInCodeMutation,
  LoginMutation,
  RegisterMutation,
  RequestPasswordResetMutation,
  ResetPasswordMutation,
  SignInProvidersQuery as SignInProviders,
  VerifyEmailMutation,
} from '../operations.js';
import { Link, navigate, useRoute } from '../router.js';
import { ErrorMessage, Field, fieldError, formError, useAction } from '../ui.js';

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

/** The emailed `/editor/verify-email?token=` link: confirms the address, signed in or not. */
export function VerifyEmail() {
  const { query } = useRoute();
  const token = query.get('token');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const sent = useRef(false);
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    send(VerifyEmailMutation, { token }, anonymous).then(
      () => setResult({ ok: true, message: 'Your email address is confirmed.' }),
      (err: unknown) => setResult({ ok: false, message: messageOf(err) }),
    );
  }, [token]);
  return (
    <main className="auth">
      <h1>Confirm your email address</h1>
      {!token ? (
        <p role="alert">This link has no token: open the link from the email again.</p>
      ) : result ? (
        <p role={result.ok ? 'status' : 'alert'}>{result.message}</p>
      ) : (
        <p aria-busy="true">Confirming…</p>
      )}
      <p>
        <Link to="/">Continue</Link>
      </p>
    </main>
  );
}

export function SignUp() {
  const { session, reload } = useApp();
  const { busy, error, run } = useAction();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    const get = values(event);
    await run(async () => {
      const input = { name: get('name'), email: get('email'), password: get('password') };
      const { register } = await send(RegisterMutation, { input }, anonymous);
      session.adopt(register);
      await reload();
      navigate('/tenants', true);
    });
  };

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
