/**
 * The public paths the API edge answers; every other path is the storefront's. Where the two edges
 * run apart behind one public origin (PUBLIC_URL), the router in front sends these to the gateway:
 * deploy/edge/nginx.conf under docker-compose, deploy/k8s/ingress.yaml on Kubernetes
 * (test/deploy-edges.test.ts holds both to this list). `/internal/graphql` is not among them: the
 * services reach it on the gateway's own address (GATEWAY_INTERNAL_URL).
 */
export const GATEWAY_PUBLIC_PATHS: readonly { path: string; match: 'exact' | 'prefix' }[] = [
  { path: '/graphql', match: 'exact' },
  // The editor SPA (gateway/editor.ts).
  { path: '/editor', match: 'prefix' },
  // Social sign-in through auth (gateway/oidc-proxy.ts).
  { path: '/auth', match: 'prefix' },
  { path: '/webhooks', match: 'prefix' },
  { path: '/.well-known/jwks.json', match: 'exact' },
  // Disk-backed uploads (embedded mode; with S3 the signed URLs point at S3).
  { path: '/uploads', match: 'prefix' },
  { path: '/healthz', match: 'exact' },
  { path: '/readyz', match: 'exact' },
];
