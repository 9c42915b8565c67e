/**
 * Composes the subgraph SDLs into schema/supergraph.graphql (what the gateway serves) and
 * schema/api-schema.graphql (what clients see). `--check` fails when the committed files are stale.
 */
import '../core/disable-telemetry.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { SERVICE_NAMES } from '../core/config.js';

const DEFAULT_PORTS = { auth: 4001, cms: 4002, commerce: 4003, analytics: 4004, assets: 4005 } as const;

export function composeSupergraph(): { supergraphSdl: string; apiSchema: string } {
  const services = SERVICE_NAMES.map((name) => ({
    name,
    // The gateway replaces these with configured URLs at runtime; they document the defaults.
    url: `http://localhost:${DEFAULT_PORTS[name]}/graphql`,
    typeDefs: parse(readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchema: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
  };
}

const files = {
  supergraph: new URL('./supergraph.graphql', import.meta.url),
  api: new URL('./api-schema.graphql', import.meta.url),
};

function read(url: URL): string | null {
  try {
    return readFileSync(url, 'utf8');
  } catch {
    return null;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { supergraphSdl, apiSchema } = composeSupergraph();
  if (process.argv.includes('--check')) {
    const stale = [
      read(files.supergraph) !== supergraphSdl ? 'schema/supergraph.graphql' : null,
      read(files.api) !== apiSchema ? 'schema/api-schema.graphql' : null,
    ].filter(Boolean);
    if (stale.length) {
      console.error(
        `Stale composed schema: ${stale.join(', ')}. Run \`npm run compose\` and commit the result.`,
      );
      process.exit(1);
    }
    console.log('composed schema is up to date');
  } else {
    writeFileSync(files.supergraph, supergraphSdl);
    writeFileSync(files.api, apiSchema);
    console.log('wrote schema/supergraph.graphql and schema/api-schema.graphql');
  }
}
