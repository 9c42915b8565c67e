/**
 * Component tests (happy-dom) of the account screen: setting up two-factor sign-in (key, first
 * code, recovery codes shown once), a wrong code shown at its field, turning it off, and asking
 * for a new sign-in address; and the emailed confirmation link's screen.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  type Answers,
  button,
  click,
  container,
  gateway,
  input,
  mount,
  submit,
  type,
  withScreenRoot,
} from '../../screen-testing.js';
import { ConfirmEmailChange } from '../auth/Auth.js';
import Account from './Account.js';

withScreenRoot();

const account = (totpEnabled: boolean) => ({
  data: { me: { totpEnabled, user: { id: 'u1', email: 'ada@example.com' } } },
});
const form = (label: string) => container.querySelector<HTMLFormElement>(`form[aria-label="${label}"]`);

describe('Account', () => {
  it('sets up two-factor sign-in and shows the recovery codes once', async () => {
    let enabled = false;
    const { calls } = await mount(<Account />, [], {
      account: () => account(enabled),
      enableTotp: () => ({
        data: {
          enableTotp: {
            secret: 'JBSWY3DPEHPK3PXP',
            otpauthUri: 'otpauth://totp/WebHaze:ada?secret=JBSWY3DPEHPK3PXP',
          },
        },
      }),
      confirmTotp: (v) => {
        if (v.code !== '123456') {
          return {
            errors: [
              {
                message: 'code: this code is not valid',
                extensions: { code: 'BAD_USER_INPUT', field: 'code' },
              },
            ],
          };
        }
        enabled = true;
        return { data: { confirmTotp: { recoveryCodes: ['aaaa-1111', 'bbbb-2222'] } } };
      },
    });
    expect(container.textContent).toContain('Off: a password alone signs you in');
    await click(button('Set up two-factor sign-in'));
    expect(container.querySelector('.totp-secret')?.textContent).toBe('JBSW Y3DP EHPK 3PXP');
    expect(container.querySelector('a[href^="otpauth:"]')?.textContent).toBe('Open in authenticator app');

    type(input('6-digit code'), '000000');
    await submit(form('Confirm two-factor sign-in'));
    expect(input('6-digit code').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('.field-error')?.textContent).toContain('not valid');

    type(input('6-digit code'), '123456');
    await submit(form('Confirm two-factor sign-in'));
    const codes = container.querySelector('[aria-label="Recovery codes"]');
    expect(codes?.textContent).toBe('aaaa-1111bbbb-2222');
    await click(button('I have stored them'));
    expect(container.querySelector('[aria-label="Recovery codes"]')).toBeNull();
    expect(container.textContent).toContain('On: signing in asks for a code');
    expect(calls.filter((c) => c.name === 'confirmTotp').map((c) => c.variables.code)).toEqual([
      '000000',
      '123456',
    ]);
  });

  it('turns two-factor sign-in off with the password and a code', async () => {
    let enabled = true;
    const { calls } = await mount(<Account />, [], {
      account: () => account(enabled),
      disableTotp: () => {
        enabled = false;
        return { data: { disableTotp: true } };
      },
    });
    type(input('Your password'), 'correct horse battery');
    type(input('A code from the app or a recovery code'), ' 654321 ');
    await submit(form('Turn off two-factor sign-in'));
    expect(calls.find((c) => c.name === 'disableTotp')!.variables).toEqual({
      password: 'correct horse battery',
      code: '654321',
    });
    expect(container.textContent).toContain('Off: a password alone');
  });

  it('asks for a new sign-in address and says where the link went', async () => {
    const { calls } = await mount(<Account />, [], {
      account: () => account(false),
      requestEmailChange: () => ({ data: { requestEmailChange: true } }),
    });
    expect(container.textContent).toContain('Now: ada@example.com');
    const section = container.querySelector('[aria-labelledby="email-title"]')!;
    const [email, password] = section.querySelectorAll('input');
    type(email!, 'ada@new.example');
    type(password!, 'correct horse battery');
    await submit(form('Change sign-in address'));
    expect(calls.find((c) => c.name === 'requestEmailChange')!.variables).toEqual({
      newEmail: 'ada@new.example',
      password: 'correct horse battery',
    });
    expect(section.querySelector('[role="status"]')?.textContent).toContain('ada@new.example');
  });
});

/** The link's screen sends with the global fetch (no session needed): both answer from `answers`. */
async function openLink(signedIn: boolean, answers: Answers) {
  window.history.replaceState(null, '', '/editor/confirm-email-change?token=t0k3n-from-the-email-link');
  const api = gateway(answers);
  vi.stubGlobal('fetch', api.fetchImpl);
  const { reload } = await mount(<ConfirmEmailChange />, signedIn ? [] : null, answers);
  return { calls: api.calls, reload };
}

describe('ConfirmEmailChange', () => {
  it('confirms the emailed link and reloads a signed-in account', async () => {
    const { calls, reload } = await openLink(true, {
      confirmEmailChange: () => ({ data: { confirmEmailChange: true } }),
    });
    expect(calls.map((c) => [c.name, c.variables])).toEqual([
      ['confirmEmailChange', { token: 't0k3n-from-the-email-link' }],
    ]);
    expect(container.querySelector('[role="status"]')?.textContent).toContain('sign-in address is changed');
    expect(reload).toHaveBeenCalled();
  });

  it('says in words when the link expired', async () => {
    const { reload } = await openLink(false, {
      confirmEmailChange: () => ({
        errors: [
          {
            message: 'token: this link has expired or was already used; request a new one',
            extensions: { code: 'BAD_USER_INPUT', field: 'token' },
          },
        ],
      }),
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('expired');
    expect(reload).not.toHaveBeenCalled();
  });
});
