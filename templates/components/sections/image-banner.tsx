import type { ReactNode } from 'react';
import { SiteImage } from '../image.js';
import { SiteLink } from '../site-link.js';

export interface BannerLink {
  label: string;
  href: string;
}

export interface ImageBannerProps {
  assetId: string;
  alt: string;
  heading: string;
  text: string;
  primary?: BannerLink | undefined;
  secondary?: BannerLink | undefined;
  height: 'medium' | 'large';
  align: 'start' | 'center';
}

/**
 * A full-width image with a heading, a line of text and up to two links over a scrim: the top of a
 * home page. Its image is the page's LCP candidate, so it is fetched eagerly with high priority.
 */
export function ImageBanner({
  assetId,
  alt,
  heading,
  text,
  primary,
  secondary,
  height,
  align,
}: ImageBannerProps): ReactNode {
  return (
    <div className={`wh-banner wh-banner--${height} wh-banner--${align}`}>
      <SiteImage
        className="wh-banner__image"
        assetId={assetId}
        alt={alt}
        width={1200}
        height={800}
        sizes="100vw"
        priority
      />
      <div className="wh-banner__content">
        <h1 className="wh-banner__heading">{heading}</h1>
        {text && <p className="wh-banner__text">{text}</p>}
        {(primary || secondary) && (
          <div className="wh-banner__actions">
            {primary && (
              <SiteLink className="wh-button wh-button--primary" to={primary.href}>
                {primary.label}
              </SiteLink>
            )}
            {secondary && (
              <SiteLink className="wh-button wh-button--ghost" to={secondary.href}>
                {secondary.label}
              </SiteLink>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
