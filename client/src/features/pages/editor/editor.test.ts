import { describe, expect, it } from 'vitest';
import { components } from '../../../../../templates/components/index.js';
import { editorConfig, withDefaults } from './editor-config.js';
import { describeTree, sameTree, withIds } from './tree.js';

describe('component tree helpers', () => {
  const tree = {
    root: { props: { title: 'Home' } },
    content: [
      { type: 'Heading', props: { text: 'Welcome', level: 1 } },
      {
        type: 'Columns',
        props: { id: 'keep', columns: [{ items: [{ type: 'Text', props: { text: 'Inside' } }] }] },
      },
    ],
  };

  it('gives every component, in slots too, an id Puck can track, keeping existing ones', () => {
    let n = 0;
    const out = withIds(tree, () => String(++n));
    expect(out.content[0]!.props.id).toBe('Heading-1');
    expect(out.content[1]!.props.id).toBe('keep');
    const nested = (out.content[1]!.props.columns as { items: { props: { id: string } }[] }[])[0]!.items[0]!;
    expect(nested.props.id).toBe('Text-2');
    expect(out.root.props).toEqual({ title: 'Home' });
    expect(withIds(null)).toEqual({ root: { props: {} }, content: [] });
  });

  it('describes a tree for the conflict dialog and compares trees by content', () => {
    expect(describeTree(tree)).toEqual(['Heading: Welcome', 'Columns', '  Text: Inside']);
    expect(sameTree({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameTree({ a: 1 }, { a: 2 })).toBe(false);
  });
});

describe('the editor Puck config', () => {
  it('fills the schema defaults a stored tree leaves out, as the server renderer does', () => {
    expect(
      withDefaults(components.Image.props, { assetId: 'a', alt: '', width: 1, height: 1 }),
    ).toMatchObject({
      sources: [],
      sizes: '100vw',
    });
    expect(withDefaults(components.Heading.props, { text: 'Hi' })).toEqual({ text: 'Hi', level: 2 });
    expect(withDefaults(components.Heading.props, { text: 'Hi', level: 4 })).toEqual({
      text: 'Hi',
      level: 4,
    });
  });

  it('offers every library component with the same labels and fields as puckConfig()', () => {
    const config = editorConfig();
    expect(Object.keys(config.components).sort()).toEqual(Object.keys(components).sort());
    expect(config.components.Heading?.fields).toEqual(components.Heading.fields);
    expect(config.components.Heading?.label).toBe('Heading');
  });
});
