/** The entity lists this subgraph registers with MikroORM (subgraph.ts passes them to openDb). */
export { cartEntities } from './carts.js';
export { commerceEntities } from './commerce.js';
export { orderEntities } from './orders.js';
