/** The entity lists this subgraph registers with MikroORM (subgraph.ts passes them to openDb). */
export { assetEntities } from './assets.js';
