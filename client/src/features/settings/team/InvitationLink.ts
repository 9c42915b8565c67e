/**
 * The invitation token of /editor/invitations/accept?token=..., kept in sessionStorage while the
 * invitee signs in or signs up (the sign-in screens return to /), so the acceptance picks up after.
 */
const KEY = 'webhaze.invitation';

export const INVITATION_PATH = '/invitations/accept';

export function rememberInvitation(token: string): void {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // Storage refused (private mode): the invitee can open the link again after signing in.
  }
}

export function pendingInvitation(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function forgetInvitation(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}
