import { createContext, type ReactNode, useContext } from 'react';
import { z } from 'zod';

/** An image variant (the assets service's URL and pixel width). */
export interface ImageSource {
  url: string;
  width: number;
}

/** Image variants by asset id: what the renderer fetched before the render (never the component). */
export const ImagesContext = createContext<Readonly<Record<string, readonly ImageSource[]>>>({});

/** An asset id as components store it; empty means "no image chosen yet" (the fallback renders). */
export const assetIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{0,64}$/, 'Asset ids use letters, digits, _ and -')
  .default('');

/** A `sizes` attribute: a media condition list, nothing that could leave the attribute. */
export const sizesSchema = z
  .string()
  .max(200)
  .regex(/^[a-z0-9 ().,:%-]*$/i, 'sizes: a media condition list such as "(min-width: 60rem) 50vw, 100vw"');

export interface SiteImageProps {
  assetId: string;
  alt: string;
  /** Intrinsic size: the rendered box keeps this aspect ratio (no layout shift). */
  width: number;
  height: number;
  sizes: string;
  /** The page's largest image above the fold: fetched eagerly with high priority. */
  priority?: boolean;
  className?: string;
  /** Variants passed in props (the Image component's stored or provided `sources`); default: the page's. */
  sources?: readonly ImageSource[];
}

/**
 * A responsive `<img>` of an asset's variants (`srcset`/`sizes`, width/height, lazy unless `priority`),
 * or, when the asset has no variants (missing, deleted, still processing, or none chosen), a
 * token-coloured box of the same aspect ratio that names the image to screen readers: never a
 * broken image.
 */
export function SiteImage({
  assetId,
  alt,
  width,
  height,
  sizes,
  priority = false,
  className = 'wh-image',
  sources,
}: SiteImageProps): ReactNode {
  const page = useContext(ImagesContext);
  const available = sources?.length ? sources : assetId && Object.hasOwn(page, assetId) ? page[assetId]! : [];
  if (available.length === 0) {
    return (
      <span
        className={`${className} wh-image--missing`}
        style={{ aspectRatio: `${width} / ${height}` }}
        {...(alt ? { role: 'img', 'aria-label': alt } : { 'aria-hidden': true })}
      />
    );
  }
  const sorted = [...available].sort((a, b) => a.width - b.width);
  const src = sorted.find((s) => s.width >= width)?.url ?? sorted.at(-1)!.url;
  return (
    <img
      className={className}
      src={src}
      srcSet={sorted.map((s) => `${s.url} ${s.width}w`).join(', ')}
      sizes={sizes}
      width={width}
      height={height}
      alt={alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding={priority ? 'sync' : 'async'}
      {...(priority ? { fetchPriority: 'high' as const } : {})}
    />
  );
}
