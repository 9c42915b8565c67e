import type { ReactNode } from 'react';
import { SiteImage } from '../image.js';
import { SiteLink } from '../site-link.js';
import { Paragraphs } from './paragraphs.js';

export interface ImageWithTextProps {
  assetId: string;
  alt: string;
  eyebrow: string;
  heading: string;
  text: string;
  link?: { label: string; href: string } | undefined;
  imagePosition: 'start' | 'end';
  /** A CSS custom property reference (`var(--wh-…)`) for the section's background. */
  background: string;
}

/** An image beside a heading, text and a link; stacked on small screens, image first. */
export function ImageWithText({
  assetId,
  alt,
  eyebrow,
  heading,
  text,
  link,
  imagePosition,
  background,
}: ImageWithTextProps): ReactNode {
  return (
    <div className={`wh-iwt wh-iwt--image-${imagePosition}`} style={{ background }}>
      <div className="wh-iwt__media">
        <SiteImage
          assetId={assetId}
          alt={alt}
          width={1200}
          height={900}
          sizes="(min-width: 48rem) 50vw, 100vw"
        />
      </div>
      <div className="wh-iwt__body">
        {eyebrow && <p className="wh-eyebrow">{eyebrow}</p>}
        <h2 className="wh-heading wh-iwt__heading">{heading}</h2>
        <Paragraphs text={text} className="wh-iwt__text" />
        {link && (
          <SiteLink className="wh-button wh-button--secondary" to={link.href}>
            {link.label}
          </SiteLink>
        )}
      </div>
    </div>
  );
}
