/**
 * The editor SPA's build: `npm run build:client` writes client/dist/, which the gateway serves at
 * /editor (gateway/editor.ts). Hashed assets land in client/dist/assets/; the Puck editor is a
 * separate chunk loaded on demand, so the first screen stays small.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/editor/',
  plugins: [react()],
  // sanitize-html (rich text in the shared components) reads process.env at import time.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
