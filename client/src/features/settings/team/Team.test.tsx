/**
 * Component tests (happy-dom) of the team screen: role descriptions, and removing a member only
 * after confirming (Cancel and Escape send nothing).
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { button, click, container, mount, settle, withScreenRoot } from '../../../screen-testing.js';
import { Team } from './Team.js';

withScreenRoot();

const member = (id: string, name: string, role: string, userId = `${id}-user`) => ({
  id,
  role,
  user: { id: userId, name, email: `${name.toLowerCase()}@example.com` },
});

const answers = () => {
  let members = [member('m1', 'Ada', 'OWNER', 'u1'), member('m2', 'Bob', 'EDITOR')];
  return {
    team: () => ({ data: { members: { edges: members.map((node) => ({ node })) } } }),
    invitations: () => ({ data: { invitations: { edges: [] } } }),
    removeMember: (v: Record<string, unknown>) => {
      members = members.filter((m) => m.id !== v.membershipId);
      return { data: { removeMember: v.membershipId } };
    },
  };
};

describe('Team', () => {
  it('says what each role may do, also under the role chosen for an invitation', async () => {
    await mount(<Team />, ['members:read', 'members:manage'], answers());
    const roles = container.querySelector('[aria-label="Roles"]')!;
    expect([...roles.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Owner',
      'Admin',
      'Editor',
      'Contributor',
    ]);
    expect(roles.textContent).toContain('billing');
    const select = container.querySelector<HTMLSelectElement>('#invite-role')!;
    const help = () => document.getElementById(select.getAttribute('aria-describedby')!)?.textContent;
    expect(help()).toContain('Drafts pages');
    await act(async () => {
      select.value = 'EDITOR';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(help()).toContain('publishing pages');
    expect(container.textContent).not.toContain('m2');
  });

  it('removes a member only after confirming', async () => {
    const { calls } = await mount(<Team />, ['members:read', 'members:manage'], answers());
    expect(() => button('Remove Ada…')).toThrow();
    await click(button('Remove Bob…'));
    const dialog = container.querySelector<HTMLElement>('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Bob loses access');
    expect(document.activeElement?.textContent).toBe('Cancel');
    await act(async () => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    await click(button('Remove Bob…'));
    await click(button('Cancel'));
    expect(calls.filter((c) => c.name === 'removeMember')).toHaveLength(0);

    await click(button('Remove Bob…'));
    await click(button('Remove Bob'));
    await settle();
    expect(calls.filter((c) => c.name === 'removeMember').map((c) => c.variables)).toEqual([
      { membershipId: 'm2' },
    ]);
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(container.querySelector('tbody')?.textContent).not.toContain('Bob');
  });

  it('shows roles without management controls to a member without members:manage', async () => {
    const { calls } = await mount(<Team />, ['members:read'], answers());
    expect(container.querySelector('select')).toBeNull();
    expect(() => button('Remove Bob…')).toThrow();
    expect(container.querySelector('[aria-label="Roles"]')).not.toBeNull();
    expect(calls.map((c) => c.name)).toEqual(['team']);
  });
});
