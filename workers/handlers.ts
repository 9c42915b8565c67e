import type { JobHandlers } from '../core/jobs.js';
import type { Storage } from '../core/storage.js';
import { type SitemapDeps, sitemapHandler } from './sitemap.js';

/** What the job handlers need from the rest of WebHaze; the entry point wires it. */
export interface HandlerDeps {
  storage: Storage;
  /** The CMS's view of sites; absent until wired, and then sitemap jobs wait in their queue. */
  sites?: Omit<SitemapDeps, 'storage'>;
}

/** One entry per job kind: the handler map both the worker process and the in-process runner use. */
export function buildHandlers(deps: HandlerDeps): JobHandlers {
  const handlers: JobHandlers = {};
  if (deps.sites) handlers['sitemap.regenerate'] = sitemapHandler({ storage: deps.storage, ...deps.sites });
  return handlers;
}
