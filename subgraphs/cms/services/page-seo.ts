import { z } from 'zod';
import type { Page } from '../entities/cms.js';
import type { PageSeo } from '../entities/lifecycle.js';

// A page's SEO fields, as pages and their translations save them.

/** An absolute http(s) URL without credentials: what a canonical link may point at. */
export const safeAbsoluteUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL without credentials');

/** The SEO fields of the save input: omitted = unchanged, null = cleared. */
export const seoInputShape = {
  seoTitle: z.string().trim().min(1).max(70, 'seoTitle: at most 70 characters').nullish(),
  seoDescription: z.string().trim().min(1).max(320, 'seoDescription: at most 320 characters').nullish(),
  canonicalUrl: safeAbsoluteUrl.nullish(),
  ogImageAssetId: z.string().uuid().nullish(),
};

const SEO_FIELDS = ['seoTitle', 'seoDescription', 'canonicalUrl', 'ogImageAssetId'] as const;

export function applySeo(page: Page, data: Partial<Record<keyof PageSeo, string | null | undefined>>): void {
  for (const field of SEO_FIELDS) {
    const value = data[field];
    if (value !== undefined) page[field] = value;
  }
}
