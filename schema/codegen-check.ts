/**
 * Fails (exit 1) when the committed resolver types in subgraphs/<name>/__generated__/ are not what
 * `npm run codegen` would produce from the current schema.graphql files and codegen.ts.
 * Generates in memory (nothing is written), so it is safe to run in CI and on a dirty tree.
 */
import '../core/disable-telemetry.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Generated files of the editor SPA's operations (the client preset), relative to the repo root. */
function clientFiles(): string[] {
  const dir = join(root, 'client', 'src', 'gql');
  try {
    return readdirSync(dir).map((file) => relative(root, join(dir, file)));
  } catch {
    return [];
  }
}

/** Every file currently in a subgraph's __generated__ folder (and the client's gql/), relative to the repo root. */
function committedFiles(): string[] {
  const subgraphs = join(root, 'subgraphs');
  const generated = readdirSync(subgraphs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(subgraphs, entry.name, '__generated__');
      try {
        return readdirSync(dir).map((file) => relative(root, join(dir, file)));
      } catch {
        return [];
      }
    });
  return [...generated, ...clientFiles()];
}

// `generate` is typed `Promise<FileOutput[] | any>` (watch mode); without saving it returns the outputs.
const outputs: { filename: string; content: string }[] = await generate(
  { ...config, cwd: root, silent: true },
  false,
);
const expected = new Map(outputs.map((o) => [relative(root, join(root, o.filename)), o.content]));

const stale = [...expected]
  .filter(([file, content]) => read(join(root, file)) !== content)
  .map(([file]) => file);
const orphaned = committedFiles().filter((file) => !expected.has(file));

if (stale.length || orphaned.length) {
  const lines = [
    ...stale.map((file) => `- ${file}: missing or out of date`),
    ...orphaned.map((file) => `- ${file}: not produced by codegen.ts (delete it)`),
  ];
  console.error(
    `Generated types are stale:\n${lines.join('\n')}\nRun \`npm run codegen\` and commit the result.`,
  );
  process.exit(1);
}
console.log(`generated types are up to date (${expected.size} files: resolvers and client operations)`);
