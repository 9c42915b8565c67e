/** The entity lists this subgraph registers with MikroORM (subgraph.ts passes them to openDb). */
export { authEntities } from './auth.js';
