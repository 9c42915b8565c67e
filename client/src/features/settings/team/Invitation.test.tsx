/**
 * Component tests (happy-dom) of accepting an invitation: the token kept through sign-in, the session
 * switched to the workspace, the server's refusal.
 */
import { describe, expect, it } from 'vitest';
import { button, click, container, mount, withScreenRoot } from '../../../screen-testing.js';
import { Invitation } from './Invitation.js';
import { pendingInvitation } from './InvitationLink.js';

withScreenRoot();

describe('Invitation', () => {
  it('keeps the token while the invitee signs in', async () => {
    window.history.replaceState(null, '', '/editor/invitations/accept?token=tok%2B1');
    const { calls } = await mount(<Invitation />, null, {});
    expect(calls).toHaveLength(0);
    expect(pendingInvitation()).toBe('tok+1');
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/editor/sign-in',
      '/editor/sign-up',
    ]);
  });

  it('accepts as the signed-in account and switches the session to the workspace', async () => {
    sessionStorage.setItem('webhaze.invitation', 'tok-2');
    const { calls, session, reload } = await mount(<Invitation />, ['content:read'], {
      acceptInvitation: () => ({
        data: {
          acceptInvitation: {
            accessToken: 'joined',
            expiresAt: '2999-01-01T00:00:00Z',
            refreshToken: 'r2',
            tenant: { slug: 'bakery', name: 'Bakery' },
          },
        },
      }),
    });
    await click(button('Accept invitation'));
    expect(calls.find((c) => c.name === 'acceptInvitation')!.variables).toEqual({ token: 'tok-2' });
    expect(await session.credentials()).toEqual({ accessToken: 'joined', tenantSlug: 'bakery' });
    expect(reload).toHaveBeenCalledOnce();
    expect(pendingInvitation()).toBeNull();
    expect(window.location.pathname).toBe('/editor/');
  });

  it("shows the server's refusal (another account's invitation)", async () => {
    window.history.replaceState(null, '', '/editor/invitations/accept?token=t3');
    await mount(<Invitation />, ['content:read'], {
      acceptInvitation: () => ({
        errors: [
          { message: 'This invitation is for another email address', extensions: { code: 'FORBIDDEN' } },
        ],
      }),
    });
    await click(button('Accept invitation'));
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Not allowed: This invitation is for another email address',
    );
  });
});
