/**
 * WebHaze sends nothing anywhere its operator did not configure. Without this switch @apollo/gateway
 * reports usage to Apollo's servers and probes cloud metadata endpoints (169.254.169.254,
 * metadata.google.internal) to describe the host it runs on. Forced on, whatever the environment
 * says: it is no setting of WebHaze's.
 *
 * Every entry point imports this module first, before anything that loads @apollo/* (ESM evaluates
 * imports in order). Apollo Server's reporting to Apollo Studio is another matter: it runs only when the
 * operator sets both APOLLO_KEY and APOLLO_GRAPH_REF, which is configuring it.
 */
process.env.APOLLO_TELEMETRY_DISABLED = 'true';
