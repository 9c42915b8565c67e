/** The tenant switcher: the viewer's memberships (switchTenant) and a form to create a tenant. */
import type { FormEvent } from 'react';
import { messageOf } from '../../api.js';
import { useApp } from '../../app-context.js';
import { navigate } from '../../router.js';
import { ErrorMessage, Field, fieldError, useAction } from '../../ui.js';
import { CreateTenantMutation, SwitchTenantMutation } from './operations.js';

export function Tenants() {
  const { session, viewer, reload } = useApp();
  const { busy, error, run } = useAction();
  const memberships = viewer?.memberships.edges.map((e) => e.node) ?? [];

  const switchTo = async (slug: string) => {
    await run(async () => {
      const { switchTenant } = await session.execute(SwitchTenantMutation, { tenantSlug: slug });
      session.adopt(switchTenant, slug);
      await reload();
      navigate('/', true);
    });
  };

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      name: String(data.get('name') ?? ''),
      slug: String(data.get('slug') ?? ''),
      starterSite: data.get('starterSite') === 'on',
    };
    await run(async () => {
      const { createTenant } = await session.execute(CreateTenantMutation, { input });
      session.adopt(createTenant, input.slug);
      await reload();
      navigate('/', true);
    });
  };

  const fieldErr = fieldError(error, 'slug') ?? fieldError(error, 'name');
  return (
    <main>
      <h1>Workspaces</h1>
      {memberships.length === 0 ? (
        <p>You do not belong to a workspace yet: create one to start building a site.</p>
      ) : (
        <ul className="cards" aria-label="Your workspaces">
          {memberships.map((m) => (
            <li key={m.id}>
              <strong>{m.tenant.name}</strong> <code>{m.tenant.slug}</code> · {m.role.toLowerCase()}
              {viewer?.tenant?.id === m.tenant.id ? (
                <span className="badge"> current</span>
              ) : (
                <button type="button" disabled={busy} onClick={() => switchTo(m.tenant.slug)}>
                  Switch to {m.tenant.name}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>Create a workspace</h2>
      <form onSubmit={create} aria-label="Create a workspace">
        <ErrorMessage>{fieldErr ? undefined : error ? messageOf(error) : undefined}</ErrorMessage>
        <Field label="Name" name="name" required error={fieldError(error, 'name')} />
        <Field
          label="Handle (lowercase letters, digits and hyphens)"
          name="slug"
          required
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          minLength={3}
          maxLength={40}
          error={fieldError(error, 'slug')}
        />
        <label>
          <input type="checkbox" name="starterSite" defaultChecked /> Start with a site built from the sample
          theme (home, about, contact and privacy pages)
        </label>
        <button type="submit" disabled={busy}>
          Create workspace
        </button>
      </form>
    </main>
  );
}
