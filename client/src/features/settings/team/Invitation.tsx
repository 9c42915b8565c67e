/**
 * Accepting an invitation (/editor/invitations/accept?token=...). Signed out, the token is kept
 * for after the sign-in or sign-up; signed in, "Accept" joins the workspace (the account's email
 * must be the invited one) and switches the session to it.
 */
import { messageOf } from '../../../api.js';
import { useApp } from '../../../app-context.js';
import { Link, navigate, useRoute } from '../../../router.js';
import { ErrorMessage, Forbidden, useAction } from '../../../ui.js';
import { forgetInvitation, pendingInvitation, rememberInvitation } from './InvitationLink.js';
import { AcceptInvitationMutation } from './operations.js';

export function Invitation() {
  const { session, viewer, reload } = useApp();
  const { query } = useRoute();
  const token = query.get('token') ?? pendingInvitation();
  const { busy, error, run } = useAction();

  if (!token) {
    return (
      <Forbidden title="Invitation">
        This link has no invitation token. Open the link from the invitation email again.
      </Forbidden>
    );
  }
  if (!viewer) {
    rememberInvitation(token);
    return (
      <main className="auth">
        <h1>You are invited</h1>
        <p>
          Sign in with the invited email address, or create an account with it, to join the workspace. You
          come back here afterwards.
        </p>
        <p>
          <Link to="/sign-in">Sign in</Link> · <Link to="/sign-up">Create an account</Link>
        </p>
      </main>
    );
  }

  const accept = async () => {
    await run(async () => {
      const { acceptInvitation } = await session.execute(AcceptInvitationMutation, { token });
      forgetInvitation();
      session.adopt(acceptInvitation, acceptInvitation.tenant?.slug ?? null);
      await reload();
      navigate('/', true);
    });
  };

  return (
    <main>
      <h1>Join the workspace</h1>
      <p>
        Accept the invitation as <strong>{viewer.user.email}</strong>. It must be the address the invitation
        was sent to.
      </p>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      <button type="button" disabled={busy} onClick={() => void accept()}>
        {busy ? 'Joining…' : 'Accept invitation'}
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          forgetInvitation();
          navigate('/', true);
        }}
      >
        Not now
      </button>
    </main>
  );
}

export default Invitation;
