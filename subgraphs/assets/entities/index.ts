/** The entity lists this subgraph registers with MikroORM (service.ts passes them to openDb). */
export { assetEntities } from './assets.js';
