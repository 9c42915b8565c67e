import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors.js';
import { MAX_TREE_BYTES, MAX_TREE_NODES, validateTree } from './tree.js';

function refusal(input: unknown): { code: string; message: string; field: unknown } {
  try {
    validateTree(input);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    return { code: e.code, message: e.message, field: e.extensions.field };
  }
  throw new Error('expected validateTree to refuse the tree');
}

describe('validateTree', () => {
  it('accepts a valid tree and applies defaults', () => {
    const tree = validateTree({
      content: [
        { type: 'Heading', props: { text: 'Hello' } },
        { type: 'Text', props: { text: 'Body' } },
        { type: 'Button', props: { label: 'Go', href: 'https://example.com/x' } },
        { type: 'Button', props: { label: 'Home', href: '/about' } },
        { type: 'Spacer' },
      ],
    });
    expect(tree.root).toEqual({ props: {} });
    expect(tree.content).toHaveLength(5);
    expect(tree.content[4]).toEqual({ type: 'Spacer', props: {} });
  });

  it('refuses a missing or wrong-shaped tree naming the path', () => {
    expect(refusal(null)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tree' });
    expect(refusal({}).message).toMatch(/^tree\.content: /);
    expect(refusal({ content: 'x' }).message).toMatch(/^tree\.content: /);
    expect(refusal({ content: [{ props: {} }] }).message).toMatch(/^tree\.content\.0\.type: /);
  });

  it('refuses strings PostgreSQL cannot store (NUL, lone surrogates) anywhere, ids included', () => {
    expect(refusal({ content: [{ type: 'Heading', props: { id: 'a\u0000', text: 'x' } }] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'tree',
      message: expect.stringMatching(/^tree\.content\.0\.props\.id: /),
    });
    expect(refusal({ content: [{ type: 'Text', props: { text: 'x\uD83D' } }] }).message).toMatch(
      /^tree\.content\.0\.props\.text: /,
    );
  });

  it('refuses an unknown component type, prototype keys included', () => {
    expect(refusal({ content: [{ type: 'Script', props: {} }] })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'tree.content[0].type: unknown component "Script"',
      field: 'tree',
    });
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(refusal({ content: [{ type, props: {} }] }).message).toBe(
        `tree.content[0].type: unknown component "${type}"`,
      );
    }
  });

  it('refuses dangerous hrefs in a Button naming the prop path', () => {
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '//evil.example/path',
      'mailto:a@b.c',
    ]) {
      const r = refusal({
        content: [
          { type: 'Heading', props: { text: 'ok' } },
          { type: 'Button', props: { label: 'x', href } },
        ],
      });
      expect(r.code, href).toBe('BAD_USER_INPUT');
      expect(r.message, href).toMatch(/^tree\.content\[1\]\.props\.href: /);
    }
  });

  // Browsers normalise `\` to `/` and strip tab/newline inside URLs, so `/\evil.example` and
  // `/<tab>/evil.example` navigate off-site exactly like `//evil.example`, which is refused.
  it('refuses hrefs that browsers read as protocol-relative (/\\host, /<tab>/host)', () => {
    for (const href of ['/\\evil.example', '/\t/evil.example', '/\n/evil.example']) {
      const r = refusal({ content: [{ type: 'Button', props: { label: 'x', href } }] });
      expect(r.message, JSON.stringify(href)).toMatch(/^tree\.content\[0\]\.props\.href: /);
    }
  });

  it('refuses bad props naming the prop path', () => {
    expect(refusal({ content: [{ type: 'Heading', props: { text: 'x', level: 9 } }] }).message).toMatch(
      /^tree\.content\[0\]\.props\.level: /,
    );
    expect(refusal({ content: [{ type: 'Spacer', props: { size: 'huge' } }] }).message).toMatch(
      /^tree\.content\[0\]\.props\.size: /,
    );
  });

  it('refuses an oversized tree by bytes and by node count', () => {
    const big = refusal({ content: [{ type: 'Text', props: { text: 'x'.repeat(MAX_TREE_BYTES) } }] });
    expect(big).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tree' });
    expect(big.message).toMatch(/^tree: larger than/);
    const many = refusal({ content: Array.from({ length: MAX_TREE_NODES + 1 }, () => ({ type: 'Spacer' })) });
    expect(many.message).toBe(`tree.content: more than ${MAX_TREE_NODES} components`);
  });
});
