/**
 * What other processes may use of the analytics subgraph: the beacon format and its parser, the
 * visitor hash (with its per-day salt key), and the event buffer a beacon endpoint writes into. The
 * storefront's `/collect` endpoint is built on these; everything else stays inside the subgraph.
 */
export {
  BeaconError,
  deviceOf,
  isBot,
  MAX_BEACON_BYTES,
  parseBeacon,
  referrerHostOf,
  scrubPageUrl,
  utcDay,
  visitorHash,
} from './services/beacon.js';
export { type BufferedEvent, createEventBuffer, type EventBuffer } from './services/event-buffer.js';
