import type { ReactNode } from 'react';
import { SiteImage } from '../image.js';
import { SiteLink } from '../site-link.js';
import { Paragraphs } from './paragraphs.js';

export interface MultiColumnItem {
  assetId: string;
  alt: string;
  heading: string;
  text: string;
  link?: { label: string; href: string } | undefined;
}

export interface MultiColumnProps {
  heading: string;
  intro: string;
  columns: MultiColumnItem[];
  /** A CSS custom property reference (`var(--wh-…)`) for the section's background. */
  background: string;
  /** Whether the background differs from the page's: the section is then an inset panel. */
  panel: boolean;
}

/**
 * Two to four short columns (an optional image, a heading, text, a link) under a section heading:
 * what the shop promises, how it works, where to find it. One column a row on small screens.
 */
export function MultiColumn({ heading, intro, columns, background, panel }: MultiColumnProps): ReactNode {
  return (
    <div className={`wh-multicolumn${panel ? ' wh-multicolumn--panel' : ''}`} style={{ background }}>
      {heading && <h2 className="wh-heading wh-multicolumn__heading">{heading}</h2>}
      {intro && <p className="wh-multicolumn__intro">{intro}</p>}
      <ul className={`wh-multicolumn__list wh-multicolumn__list--${columns.length}`}>
        {columns.map((column, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
          <li className="wh-multicolumn__item" key={i}>
            {column.assetId && (
              <SiteImage
                className="wh-multicolumn__image"
                assetId={column.assetId}
                alt={column.alt}
                width={600}
                height={450}
                sizes={`(min-width: 48rem) ${Math.round(100 / Math.max(columns.length, 1))}vw, 100vw`}
              />
            )}
            <h3 className="wh-multicolumn__title">{column.heading}</h3>
            <Paragraphs text={column.text} className="wh-multicolumn__text" />
            {column.link && (
              <SiteLink className="wh-textlink" to={column.link.href}>
                {column.link.label}
              </SiteLink>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
