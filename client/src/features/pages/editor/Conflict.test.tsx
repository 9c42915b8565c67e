/**
 * Component test (happy-dom) of the save-conflict dialog: both versions shown, the editor chooses.
 */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { container, render, withScreenRoot } from '../../../screen-testing.js';
import { ConflictDialog } from './Conflict.js';

withScreenRoot();

describe('ConflictDialog', () => {
  it('shows both versions and lets the editor choose', async () => {
    const keep = vi.fn();
    const take = vi.fn();
    await render(
      <ConflictDialog
        mine={{ content: [{ type: 'Heading', props: { text: 'Mine' } }] }}
        theirs={{
          tree: { content: [{ type: 'Heading', props: { text: 'Theirs' } }] },
          version: 7,
          updatedAt: '2026-01-01T00:00:00Z',
        }}
        onKeepMine={keep}
        onTakeTheirs={take}
      />,
    );
    const sides = [...container.querySelectorAll('section')].map((s) => s.querySelector('pre')?.textContent);
    expect(sides).toEqual(['Heading: Mine', 'Heading: Theirs']);
    expect(document.activeElement?.id).toBe('conflict-title');
    const [keepButton, takeButton] = [...container.querySelectorAll('button')];
    await act(async () => keepButton!.click());
    expect(keep).toHaveBeenCalledOnce();
    expect(takeButton!.textContent).toBe('Use version 7');
    await act(async () => takeButton!.click());
    expect(take).toHaveBeenCalledOnce();
  });
});
