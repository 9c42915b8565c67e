// Copies the non-TypeScript files the compiled services read at run time into dist/.
import { cpSync, existsSync, readdirSync } from 'node:fs';

const copies = [
  ...readdirSync('subgraphs', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `subgraphs/${entry.name}/schema.graphql`),
  'schema/supergraph.graphql',
  'schema/api-schema.graphql',
  'config/plans.json',
  'config/design-tokens.json',
  'config/design-tokens.schema.json',
  // The sample theme: its default section groups (services/site-layout.ts reads them per site without
  // its own) and its page-type templates (services/page-types.ts).
  ...readdirSync('templates/samples/theme')
    .filter((name) => name.endsWith('.json'))
    .map((name) => `templates/samples/theme/${name}`),
  // The starter site's pages (the onboarding job builds a new workspace's site from them).
  'templates/samples/theme/pages',
  // Page templates (TemplateService reads them at start-up).
  ...readdirSync('templates/samples')
    .filter((name) => /\.(json|ya?ml)$/.test(name))
    .map((name) => `templates/samples/${name}`),
];
for (const file of copies) cpSync(file, `dist/${file}`, { recursive: true });
console.log(`copied ${copies.length} schema, config and template files into dist/`);
// The editor SPA (built by `npm run build:client`): gateway/editor.ts serves it from dist/client/dist.
if (existsSync('client/dist/index.html')) {
  cpSync('client/dist', 'dist/client/dist', { recursive: true });
  console.log('copied the editor SPA into dist/client/dist');
}
