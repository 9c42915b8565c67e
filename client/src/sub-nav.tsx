/** A screen area's sections (the store's, the settings'), shown at the top of each of its screens. */
import { can, useApp } from './app-context.js';
import { Link, useRoute } from './router.js';

/** One section: where it is, what it is called and the permission it needs. */
export interface NavSection {
  to: string;
  label: string;
  permission: string;
  /** One sentence on what the section is for (the settings overview shows it). */
  description?: string;
}

export function SubNav({ label, sections }: { label: string; sections: readonly NavSection[] }) {
  const { viewer } = useApp();
  const { path } = useRoute();
  return (
    <nav aria-label={label} className="subnav">
      {sections
        .filter((s) => can(viewer, s.permission))
        .map((s) => (
          <Link key={s.to} to={s.to} aria-current={path === s.to ? 'page' : undefined}>
            {s.label}
          </Link>
        ))}
    </nav>
  );
}
