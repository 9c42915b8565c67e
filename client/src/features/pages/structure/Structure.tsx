/** A site's structure screens (one lazily loaded chunk with Puck): Navigation, Header & footer, Templates. */
import Navigation from './Navigation.js';
import PageTypes from './PageTypes.js';
import SiteLayout from './SiteLayout.js';
import type { StructureRoute } from './site.js';

export default function Structure({ route }: { route: StructureRoute }) {
  if (route.screen === 'navigation') return <Navigation siteId={route.siteId} />;
  if (route.screen === 'layout') return <SiteLayout key={route.siteId} siteId={route.siteId} />;
  return (
    <PageTypes key={`${route.siteId}|${route.pageType}`} siteId={route.siteId} pageType={route.pageType} />
  );
}
