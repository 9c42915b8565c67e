// Copies the non-TypeScript files the compiled services read at run time into dist/.
import { cpSync, readdirSync } from 'node:fs';

const copies = [
  ...readdirSync('subgraphs').map((name) => `subgraphs/${name}/schema.graphql`),
  'schema/supergraph.graphql',
  'schema/api-schema.graphql',
  'config/plans.json',
  'config/design-tokens.json',
  'config/design-tokens.schema.json',
];
for (const file of copies) cpSync(file, `dist/${file}`);
console.log(`copied ${copies.length} schema files into dist/`);
