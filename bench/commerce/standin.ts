/**
 * Child-process entry: the Stripe stand-in (test/support/stripe-standin.ts) on a free port, so the
 * commerce benchmark's PaymentIntents and refunds go to a local server speaking Stripe's protocol.
 * Prints one JSON line `{ host, port }` when ready; closes on SIGTERM.
 */
import '../../core/disable-telemetry.js';
import { onShutdownSignal } from '../../core/http.js';
import { startStripeStandin } from '../../test/support/stripe-standin.js';

const standin = await startStripeStandin();
onShutdownSignal(() => standin.close());
process.stdout.write(`${JSON.stringify({ host: standin.host, port: standin.port })}\n`);
