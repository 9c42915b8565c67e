/**
 * The signed-in person's account (any member, no permission needed): two-factor sign-in with an
 * authenticator app (seed shown as text and an `otpauth:` link, a first code confirms it, recovery
 * codes shown once; turning it off asks for the password and a code), and changing the sign-in
 * address (a link mailed to the new address confirms it: ConfirmEmailChange).
 */
import { type FormEvent, useCallback, useState } from 'react';
import { useApp } from '../../app-context.js';
import type { EnableTotpMutation as Enrollment } from '../../gql/graphql.js';
import {
  ErrorMessage,
  Field,
  fieldErrorInWords,
  formError,
  LoadFailed,
  Loading,
  useAction,
  useLoad,
} from '../../ui.js';
import {
  AccountQuery,
  ConfirmTotpMutation,
  DisableTotpMutation,
  EnableTotpMutation,
  RequestEmailChangeMutation,
} from './operations.js';

const values = (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  const form = new FormData(event.currentTarget);
  return (name: string) => String(form.get(name) ?? '');
};

export default function Account() {
  const { session } = useApp();
  const fetchAccount = useCallback(async () => (await session.execute(AccountQuery, {})).me, [session]);
  const { data: me, error, reload } = useLoad(fetchAccount);
  if (error) return <LoadFailed title="Your account" error={error} onRetry={() => void reload()} />;
  if (!me) return <Loading what="your account" />;
  return (
    <main>
      <h1>Your account</h1>
      <TwoFactor enabled={me.totpEnabled} onChange={() => void reload()} />
      <EmailChange current={me.user.email} />
    </main>
  );
}

function TwoFactor({ enabled, onChange }: { enabled: boolean; onChange(): void }) {
  const { session } = useApp();
  const { busy, error, run } = useAction();
  const [enrollment, setEnrollment] = useState<Enrollment['enableTotp'] | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  const start = () =>
    run(async () => setEnrollment((await session.execute(EnableTotpMutation, {})).enableTotp));
  const confirm = (event: FormEvent<HTMLFormElement>) => {
    const get = values(event);
    void run(async () => {
      const { confirmTotp } = await session.execute(ConfirmTotpMutation, { code: get('code').trim() });
      setEnrollment(null);
      setRecoveryCodes(confirmTotp.recoveryCodes);
      onChange();
    });
  };
  const disable = (event: FormEvent<HTMLFormElement>) => {
    const get = values(event);
    void run(async () => {
      await session.execute(DisableTotpMutation, { password: get('password'), code: get('code').trim() });
      onChange();
    });
  };

  return (
    <section aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">Two-factor sign-in</h2>
      {recoveryCodes ? (
        <div role="status" className="secret">
          <p>
            Two-factor sign-in is on. Keep these recovery codes somewhere safe: each signs you in once if you
            lose your phone, and they are never shown again.
          </p>
          <ul aria-label="Recovery codes" className="codes">
            {recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setRecoveryCodes(null)}>
            I have stored them
          </button>
        </div>
      ) : enabled ? (
        <>
          <p>On: signing in asks for a code from your authenticator app after the password.</p>
          <form onSubmit={disable} aria-label="Turn off two-factor sign-in">
            <ErrorMessage>{formError(error, ['password', 'code'])}</ErrorMessage>
            <Field
              label="Your password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              error={fieldErrorInWords(error, 'password')}
            />
            <Field
              label="A code from the app or a recovery code"
              name="code"
              autoComplete="one-time-code"
              required
              error={fieldErrorInWords(error, 'code')}
            />
            <button type="submit" className="danger" disabled={busy}>
              Turn off two-factor sign-in
            </button>
          </form>
        </>
      ) : enrollment ? (
        <form onSubmit={confirm} aria-label="Confirm two-factor sign-in">
          <p>
            Add this key to your authenticator app (type it in, or open the link on the phone that has the
            app), then enter the 6-digit code the app shows.
          </p>
          <p>
            Key: <code className="totp-secret">{enrollment.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
          </p>
          <p>
            <a href={enrollment.otpauthUri}>Open in authenticator app</a>
          </p>
          <ErrorMessage>{formError(error, ['code'])}</ErrorMessage>
          <Field
            label="6-digit code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,7}"
            required
            error={fieldErrorInWords(error, 'code')}
          />
          <button type="submit" disabled={busy}>
            Turn on
          </button>{' '}
          <button type="button" onClick={() => setEnrollment(null)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <p>
            Off: a password alone signs you in. A code from an authenticator app makes a stolen password
            useless.
          </p>
          <ErrorMessage>{formError(error, [])}</ErrorMessage>
          <button type="button" disabled={busy} onClick={() => void start()}>
            Set up two-factor sign-in
          </button>
        </>
      )}
    </section>
  );
}

function EmailChange({ current }: { current: string }) {
  const { session } = useApp();
  const { busy, error, run } = useAction();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const get = values(event);
    const form = event.currentTarget;
    void run(async () => {
      const newEmail = get('newEmail').trim();
      await session.execute(RequestEmailChangeMutation, { newEmail, password: get('password') });
      setSentTo(newEmail);
      form.reset();
    });
  };
  return (
    <section aria-labelledby="email-title">
      <h2 id="email-title">Sign-in address</h2>
      <p>
        Now: <strong>{current}</strong>
      </p>
      {sentTo ? (
        <p role="status">
          We sent a link to <strong>{sentTo}</strong>. The address changes when you follow it (within 24
          hours).
        </p>
      ) : null}
      <form onSubmit={submit} aria-label="Change sign-in address">
        <ErrorMessage>{formError(error, ['newEmail', 'password'])}</ErrorMessage>
        <Field
          label="New address"
          name="newEmail"
          type="email"
          autoComplete="email"
          required
          error={fieldErrorInWords(error, 'newEmail')}
        />
        <Field
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={fieldErrorInWords(error, 'password')}
        />
        <button type="submit" disabled={busy}>
          Send confirmation link
        </button>
      </form>
    </section>
  );
}
