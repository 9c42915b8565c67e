/**
 * Team and API keys. Members (members:read): roles, invitations, role changes and removal
 * (members:manage). API keys (settings:write): the secret is shown once, right after creation.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../../api.js';
import { can, useApp } from '../../../app-context.js';
import type {
  ApiKeysQuery as ApiKeys,
  InvitationsQuery as Invites,
  Role,
  TeamQuery as TeamResult,
} from '../../../gql/graphql.js';
import {
  ConfirmDialog,
  ErrorMessage,
  Field,
  Forbidden,
  fieldError,
  Loading,
  useAction,
} from '../../../ui.js';
import {
  ApiKeysQuery,
  ChangeMemberRoleMutation,
  CreateApiKeyMutation,
  InvitationsQuery,
  InviteMemberMutation,
  RemoveMemberMutation,
  RevokeApiKeyMutation,
  TeamQuery,
} from './operations.js';

const ROLES: Role[] = ['OWNER', 'ADMIN', 'EDITOR', 'CONTRIBUTOR'];
const roleName = (role: Role) => role.charAt(0) + role.slice(1).toLowerCase();

/** What each role may do, in words (the grants of core/permissions.ts; each role includes the next). */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  OWNER: 'Everything an admin does, plus the plan, billing and deleting the workspace.',
  ADMIN:
    'Everything an editor does, plus members, settings, domains, API keys, the security log and refunds or cancellations of orders.',
  EDITOR:
    'Everything a contributor does, plus publishing pages, editing products and stock, and seeing orders and analytics.',
  CONTRIBUTOR:
    'Drafts pages and uploads media; sees products and settings but publishes and changes nothing live.',
};

export function Team() {
  const { session, viewer } = useApp();
  const [team, setTeam] = useState<TeamResult | null>(null);
  const [invites, setInvites] = useState<Invites | null>(null);
  const { busy, error, setError, run: runAction } = useAction();
  const manage = can(viewer, 'members:manage');
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [inviteRole, setInviteRole] = useState<Role>('CONTRIBUTOR');

  const load = useCallback(async () => {
    try {
      setTeam(await session.execute(TeamQuery, {}));
      if (manage) setInvites(await session.execute(InvitationsQuery, {}));
    } catch (err) {
      setError(err);
    }
  }, [session, manage, setError]);
  useEffect(() => {
    void load();
  }, [load]);

  const run = (work: () => Promise<unknown>) =>
    runAction(async () => {
      await work();
      await load();
    });

  const invite = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    void run(async () => {
      await session.execute(InviteMemberMutation, {
        input: { email: String(data.get('email') ?? ''), role: String(data.get('role')) as Role },
      });
      form.reset();
    });
  };

  if (!can(viewer, 'members:read')) {
    return <Forbidden title="Team">Your role in this workspace cannot see its members.</Forbidden>;
  }
  return (
    <main>
      <h1>Team</h1>
      <ErrorMessage>{error && !fieldError(error, 'email') ? messageOf(error) : undefined}</ErrorMessage>
      {!team ? (
        <Loading what="members" />
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard (axe scrollable-region-focusable)
        <section className="table-scroll" aria-label="Members" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                {manage ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {team.members.edges.map(({ node: m }) => (
                <tr key={m.id}>
                  <td>{m.user.name}</td>
                  <td>{m.user.email}</td>
                  <td>
                    {manage && m.user.id !== viewer?.user.id ? (
                      <select
                        aria-label={`Role of ${m.user.name}`}
                        value={m.role}
                        onChange={(e) =>
                          void run(() =>
                            session.execute(ChangeMemberRoleMutation, {
                              membershipId: m.id,
                              role: e.target.value as Role,
                            }),
                          )
                        }
                      >
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {roleName(role)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      roleName(m.role)
                    )}
                  </td>
                  {manage ? (
                    <td>
                      {m.user.id !== viewer?.user.id ? (
                        <button type="button" onClick={() => setRemoving({ id: m.id, name: m.user.name })}>
                          Remove {m.user.name}…
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          confirmLabel={`Remove ${removing.name}`}
          busy={busy}
          onCancel={() => setRemoving(null)}
          onConfirm={() =>
            void run(async () => {
              await session.execute(RemoveMemberMutation, { membershipId: removing.id });
              setRemoving(null);
            })
          }
        >
          <p>
            {removing.name} loses access to this workspace at once. Their account stays; invite them again to
            bring them back.
          </p>
        </ConfirmDialog>
      ) : null}
      <h2>What each role may do</h2>
      <dl className="roles" aria-label="Roles">
        {ROLES.map((role) => (
          <div key={role}>
            <dt>{roleName(role)}</dt>
            <dd>{ROLE_DESCRIPTIONS[role]}</dd>
          </div>
        ))}
      </dl>
      {manage ? (
        <>
          <h2>Pending invitations</h2>
          {invites?.invitations.edges.length ? (
            <ul>
              {invites.invitations.edges.map(({ node }) => (
                <li key={node.id}>
                  {node.email} · {roleName(node.role)} · until {new Date(node.expiresAt).toLocaleDateString()}
                </li>
              ))}
            </ul>
          ) : (
            <p>None.</p>
          )}
          <form onSubmit={invite} aria-label="Invite a member">
            <Field
              label="Email to invite"
              name="email"
              type="email"
              required
              error={fieldError(error, 'email')}
            />
            <div className="field">
              <label htmlFor="invite-role">Role</label>
              <select
                id="invite-role"
                name="role"
                value={inviteRole}
                aria-describedby="invite-role-help"
                onChange={(e) => setInviteRole(e.currentTarget.value as Role)}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {roleName(role)}
                  </option>
                ))}
              </select>
              <p id="invite-role-help" className="help">
                {ROLE_DESCRIPTIONS[inviteRole]}
              </p>
            </div>
            <button type="submit">Send invitation</button>
          </form>
        </>
      ) : null}
      {can(viewer, 'settings:write') ? <ApiKeysSection /> : null}
    </main>
  );
}

function ApiKeysSection() {
  const { session, viewer } = useApp();
  const [keys, setKeys] = useState<ApiKeys | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setKeys(await session.execute(ApiKeysQuery, {}));
    } catch (err) {
      setError(err);
    }
  }, [session]);
  useEffect(() => {
    void load();
  }, [load]);

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setError(null);
    try {
      const { createApiKey } = await session.execute(CreateApiKeyMutation, {
        input: { name: String(data.get('name') ?? ''), scopes: data.getAll('scopes').map(String) },
      });
      setSecret(createApiKey.secret);
      form.reset();
      await load();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-label="API keys">
      <h2>API keys</h2>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      {secret ? (
        <div role="status" className="secret">
          <p>Copy the new key now: it is never shown again.</p>
          <input aria-label="New API key" readOnly value={secret} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => setSecret(null)}>
            I have stored it
          </button>
        </div>
      ) : null}
      {!keys ? (
        <Loading what="API keys" />
      ) : keys.apiKeys.edges.length === 0 ? (
        <p>No API keys yet.</p>
      ) : (
        <ul>
          {keys.apiKeys.edges.map(({ node: key }) => (
            <li key={key.id}>
              <strong>{key.name}</strong> <code>{key.prefix}</code> · {key.scopes.join(', ')}
              {key.revokedAt ? (
                ' · revoked'
              ) : (
                <button
                  type="button"
                  onClick={async () => {
                    try {
                      await session.execute(RevokeApiKeyMutation, { id: key.id });
                      await load();
                    } catch (err) {
                      setError(err);
                    }
                  }}
                >
                  Revoke {key.name}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={create} aria-label="Create an API key">
        <Field label="Key name" name="name" required maxLength={80} />
        <fieldset>
          <legend>Scopes (never more than your own)</legend>
          {(viewer?.permissions ?? []).map((permission) => (
            <label key={permission} className="scope">
              <input type="checkbox" name="scopes" value={permission} /> {permission}
            </label>
          ))}
        </fieldset>
        <button type="submit">Create key</button>
      </form>
    </section>
  );
}
