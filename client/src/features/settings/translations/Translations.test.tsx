/**
 * Component tests (happy-dom) of page translations: the texts of a page's blocks found (never
 * links, ids or token references), a first translation started from the original and saved as a
 * draft, publishing, a confirmed delete, and the screen when every region shares one language.
 */
import { describe, expect, it } from 'vitest';
import { button, click, container, mount, submit, type, withScreenRoot } from '../../../screen-testing.js';
import { control } from '../../../testing.js';
import { Translations } from './Translations.js';
import { textProps, withText } from './translatable.js';

withScreenRoot();

const TREE = {
  root: { props: {} },
  content: [
    {
      type: 'Hero',
      props: {
        id: 'Hero-1',
        heading: 'Fresh coffee',
        background: '{color.brand.primary}',
        cta: { label: 'Shop now', href: '/collections/all' },
      },
    },
    {
      type: 'Image',
      props: { id: 'Image-1', assetId: '6f1c2b9e-0000-4000-8000-000000000000', alt: 'A cup' },
    },
  ],
};

const translation = (over: Record<string, unknown> = {}) => ({
  locale: 'de-DE',
  title: 'Start',
  seoTitle: null,
  seoDescription: null,
  tree: withText(TREE, ['content', 0, 'props', 'heading'], 'Frischer Kaffee'),
  status: 'DRAFT',
  version: 1,
  publishedAt: null,
  updatedAt: '2026-11-02T10:00:00Z',
  ...over,
});

const answers = (
  translations: unknown[],
  regions = [
    { code: 'us', locale: 'en-US', isDefault: true },
    { code: 'de', locale: 'de-DE', isDefault: false },
  ],
) => ({
  translationPages: () => ({
    data: {
      sites: {
        edges: [
          {
            node: {
              id: 's1',
              name: 'Shop',
              pages: { edges: [{ node: { id: 'p1', path: '/', title: 'Home' } }] },
            },
          },
        ],
      },
      regions,
    },
  }),
  translationPage: () => ({
    data: {
      draftPage: {
        id: 'p1',
        title: 'Home',
        seoTitle: null,
        seoDescription: 'Coffee.',
        tree: TREE,
        translations,
      },
    },
  }),
  savePageTranslation: (v: Record<string, unknown>) => ({
    data: { savePageTranslation: translation({ ...(v.input as object), version: 1 }) },
  }),
  publishPageTranslation: () => ({
    data: {
      publishPageTranslation: translation({ status: 'PUBLISHED', publishedAt: '2026-11-02T10:00:00Z' }),
    },
  }),
  deletePageTranslation: () => ({ data: { deletePageTranslation: true } }),
});

describe('translatable texts', () => {
  it('finds the words of every block and nothing else', () => {
    expect(textProps(TREE).map((t) => [t.label, t.value])).toEqual([
      ['Block 1 (Hero) · Heading', 'Fresh coffee'],
      ['Block 1 (Hero) · Label', 'Shop now'],
      ['Block 2 (Image) · Alt', 'A cup'],
    ]);
  });
});

describe('Translations', () => {
  it('starts a first translation from the original and saves it as a draft', async () => {
    const perms = ['content:read', 'content:write', 'content:publish'];
    const { calls } = await mount(<Translations />, perms, answers([]));
    expect(control<HTMLSelectElement>(container, 'Language').selectedOptions[0]?.textContent).toContain(
      'German',
    );
    expect(container.textContent).toContain('Not translated yet');
    expect(control(container, 'Block 1 (Hero) · Heading').value).toBe('Fresh coffee');
    type(control(container, 'Title'), 'Start');
    type(control(container, 'Block 1 (Hero) · Heading'), 'Frischer Kaffee');
    type(control(container, 'Block 1 (Hero) · Label'), 'Jetzt kaufen');
    await submit(container.querySelector('form'));
    const input = calls.find((c) => c.name === 'savePageTranslation')!.variables.input as Record<
      string,
      unknown
    >;
    expect(input).toMatchObject({
      pageId: 'p1',
      locale: 'de-DE',
      title: 'Start',
      expectedVersion: 0,
      seoDescription: 'Coffee.',
    });
    expect(textProps(input.tree).map((t) => t.value)).toEqual(['Frischer Kaffee', 'Jetzt kaufen', 'A cup']);
    expect((input.tree as typeof TREE).content[0]!.props.background).toBe('{color.brand.primary}');
    expect(container.querySelector('[role="status"]')?.textContent).toContain('Draft saved');
    await click(button('Publish German (Germany)'));
    expect(calls.find((c) => c.name === 'publishPageTranslation')!.variables).toEqual({
      pageId: 'p1',
      locale: 'de-DE',
      expectedVersion: 1,
    });
    expect(container.textContent).toContain('Published');
  });

  it('deletes a translation only after confirming', async () => {
    const { calls } = await mount(
      <Translations />,
      ['content:read', 'content:write'],
      answers([translation()]),
    );
    expect(control(container, 'Block 1 (Hero) · Heading').value).toBe('Frischer Kaffee');
    expect(container.textContent).toContain('Original: Fresh coffee');
    expect(() => button('Publish German (Germany)')).toThrow();
    await click(button('Delete translation…'));
    await click(button('Cancel'));
    expect(calls.some((c) => c.name === 'deletePageTranslation')).toBe(false);
    await click(button('Delete translation…'));
    await click(button('Delete translation'));
    expect(calls.find((c) => c.name === 'deletePageTranslation')!.variables).toEqual({
      pageId: 'p1',
      locale: 'de-DE',
      expectedVersion: 1,
    });
    expect(container.textContent).toContain('Not translated yet');
  });

  it('says how to get a second language when every region shares one', async () => {
    await mount(
      <Translations />,
      ['content:read'],
      answers([], [{ code: 'us', locale: 'en-US', isDefault: true }]),
    );
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      'add a region in another language',
    );
  });
});
