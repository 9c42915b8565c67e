/**
 * Keeps the documentation true: the README stays a front page, every relative link in the docs
 * reaches a file (and a heading, when it names one), and the configuration reference and
 * .env.example match the schema in core/config.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from '../core/config.js';
import { CONFIG_REFERENCE_FILE, renderConfigReference } from '../docs/config-reference.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README_MAX_BYTES = 25_000;

function markdownFiles(): string[] {
  const under = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return under(path);
      return name.endsWith('.md') ? [path] : [];
    });
  return [join(ROOT, 'README.md'), join(ROOT, 'CONTRIBUTING.md'), ...under(join(ROOT, 'docs'))];
}

/** Markdown without code: links shown as examples in fences or backticks are not links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_[\]()]/g, '')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

function anchorsIn(file: string): Set<string> {
  const headings = readFileSync(file, 'utf8')
    .replace(/^```[\s\S]*?^```/gm, '')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line));
  return new Set(headings.map((line) => anchorOf(line.replace(/^#+ /, ''))));
}

/** Every relative link of every doc that does not reach a file, or a heading in it. */
function brokenLinks(): string[] {
  const broken: string[] = [];
  for (const file of markdownFiles()) {
    for (const [, target = ''] of prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [path = '', anchor] = target.split('#');
      const resolved = path === '' ? file : resolve(dirname(file), path);
      const where = `${relative(ROOT, file)} → ${target}`;
      if (!existsSync(resolved)) broken.push(`${where}: no such file`);
      else if (anchor && resolved.endsWith('.md') && !anchorsIn(resolved).has(anchor)) {
        broken.push(`${where}: no such heading`);
      }
    }
  }
  return broken;
}

const TOP_LEVEL_FOLDERS = [
  'core',
  'gateway',
  'storefront',
  'subgraphs',
  'workers',
  'stack',
  'client',
  'templates',
  'test',
  'deploy',
  'bench',
  'schema',
  'config',
  'docs',
];

/**
 * Every repo-relative file path (`gateway/server.ts`, deploy/edge/nginx.conf) named in the text of a
 * doc, backticked or not, that is no file of the repo. Placeholders (`subgraphs/<name>/module.ts`)
 * and globs are not paths; code fences are examples. A path the code has moved away from stays in
 * the docs only as the place it now lives.
 */
function missingPaths(): string[] {
  const pathPattern = new RegExp(
    `(?<![\\w./<>*-])(?:${TOP_LEVEL_FOLDERS.join('|')})/[\\w./-]*\\.[a-z]+(?![\\w<>*/-])`,
    'g',
  );
  const missing = new Set<string>();
  for (const file of markdownFiles()) {
    const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
    for (const [path] of text.matchAll(pathPattern)) {
      if (!existsSync(join(ROOT, path))) missing.add(`${relative(ROOT, file)} → ${path}`);
    }
  }
  return [...missing];
}

describe('documentation', () => {
  it(`keeps README.md within ${README_MAX_BYTES} bytes, opening with the two commands`, () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(README_MAX_BYTES);
    const commands = [...readme.matchAll(/^```sh\n(.*)\n```/gm)].map((m) => m[1]);
    expect(commands.slice(0, 2)).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  it('has no relative link to a missing file or heading in README.md, CONTRIBUTING.md and docs/', () => {
    expect(brokenLinks()).toEqual([]);
  });

  it('names only files that exist when it names a repo path (core/…, gateway/…, storefront/…)', () => {
    expect(missingPaths()).toEqual([]);
  });

  it('has a committed configuration reference that matches core/config.ts (npm run docs:config)', () => {
    expect(readFileSync(CONFIG_REFERENCE_FILE, 'utf8')).toBe(renderConfigReference());
  });

  it('lists every configuration variable in .env.example', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const missing = Object.keys(CONFIG_SCHEMA.shape).filter(
      (name) => !new RegExp(`^#? ?${name}=`, 'm').test(example),
    );
    expect(missing).toEqual([]);
  });

  it('gives every decision record a status and its three sections, and lists it in the index', () => {
    const dir = join(ROOT, 'docs/adr');
    const records = readdirSync(dir).filter((name) => /^\d{4}-[a-z0-9-]+\.md$/.test(name));
    expect(records.length).toBeGreaterThan(0);
    const incomplete = records.filter((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return !(
        text.startsWith(`# ${Number(name.slice(0, 4))}. `) &&
        /^Status: (Accepted|Superseded|Deprecated|Proposed)/m.test(text) &&
        ['## Context', '## Decision', '## Consequences'].every((heading) => text.includes(`\n${heading}\n`))
      );
    });
    expect(incomplete).toEqual([]);
    const index = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(records.filter((name) => !index.includes(`](${name})`))).toEqual([]);
  });
});
