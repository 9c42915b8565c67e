import type { ProductImage } from './data.js';

const srcset = (sources: readonly { url: string; width: number }[]) =>
  sources.length
    ? [...sources]
        .sort((a, b) => a.width - b.width)
        .map((s) => `${s.url} ${s.width}w`)
        .join(', ')
    : undefined;

/**
 * A product image as `<picture>`: AVIF, then WebP sources, a JPEG `<img>` (the narrowest variant at
 * least as wide as `displayWidth` as its src), `sizes` as the layout shows it, width/height always
 * set (no layout shift). `eager` for the page's largest image (LCP): loaded at once with high
 * priority; the others lazily. Without variants, a designed placeholder of the same size.
 */
export function ProductPicture({
  image,
  sizes,
  eager = false,
  highPriority = eager,
  displayWidth = 800,
  className = 'wh-media',
}: {
  image: ProductImage | null | undefined;
  sizes: string;
  eager?: boolean;
  /** `fetchpriority="high"` (default: when eager): only for the page's LCP image. */
  highPriority?: boolean;
  displayWidth?: number;
  className?: string;
}) {
  const fallback = image ? [...image.jpeg, ...image.webp] : [];
  if (!image || fallback.length === 0) {
    return (
      <span
        className={`${className} wh-media--empty`}
        {...(image?.alt ? { role: 'img', 'aria-label': image.alt } : { 'aria-hidden': true })}
      />
    );
  }
  const imgSources = image.jpeg.length ? image.jpeg : image.webp;
  const sorted = [...imgSources].sort((a, b) => a.width - b.width);
  const src = (sorted.find((s) => s.width >= displayWidth) ?? sorted.at(-1))!.url;
  return (
    <picture className={className}>
      {image.avif.length > 0 && <source type="image/avif" srcSet={srcset(image.avif)} sizes={sizes} />}
      {image.webp.length > 0 && <source type="image/webp" srcSet={srcset(image.webp)} sizes={sizes} />}
      <img
        src={src}
        srcSet={srcset(imgSources)}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={eager ? 'eager' : 'lazy'}
        decoding={eager ? 'sync' : 'async'}
        {...(eager && highPriority ? { fetchPriority: 'high' as const } : {})}
      />
    </picture>
  );
}
