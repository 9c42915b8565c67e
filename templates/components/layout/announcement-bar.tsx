import { SiteLink } from '../site-link.js';

export interface AnnouncementBarProps {
  text: string;
  /** Where the bar leads (a stored href, put under the site's base); none: text only. */
  link?: { label: string; href: string } | undefined;
}

/** A one-line announcement above the header, with an optional link. */
export function AnnouncementBar({ text, link }: AnnouncementBarProps) {
  return (
    <aside className="wh-announcement" aria-label="Announcement">
      <p className="wh-announcement__text">
        {text}
        {link && (
          <>
            {' '}
            <SiteLink className="wh-announcement__link" to={link.href}>
              {link.label}
            </SiteLink>
          </>
        )}
      </p>
    </aside>
  );
}
