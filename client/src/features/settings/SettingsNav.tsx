/** The workspace settings: an overview screen and the sections' navigation on each settings screen. */
import { can, useApp } from '../../app-context.js';
import { Link } from '../../router.js';
import { type NavSection, SubNav } from '../../sub-nav.js';

export const SETTINGS_SECTIONS: readonly NavSection[] = [
  {
    to: '/tokens',
    label: 'Design tokens',
    permission: 'settings:read',
    description: 'Colours, type, spacing and fonts of every site in the workspace.',
  },
  {
    to: '/team',
    label: 'Team',
    permission: 'members:read',
    description: 'Who works in this workspace and what each of them may do.',
  },
  {
    to: '/settings/regions',
    label: 'Regions',
    permission: 'settings:read',
    description: 'Where you sell: languages, currencies, countries and address prefixes.',
  },
  {
    to: '/settings/translations',
    label: 'Translations',
    permission: 'content:read',
    description: 'Your pages’ texts in each region’s language.',
  },
  {
    to: '/settings/domains',
    label: 'Domains',
    permission: 'settings:read',
    description: 'Your own web addresses and whether they are verified.',
  },
  {
    to: '/settings/privacy',
    label: 'Privacy',
    permission: 'settings:read',
    description: 'Consent, analytics and what visitors are asked before they are measured.',
  },
  {
    to: '/settings/webhooks',
    label: 'Webhooks',
    permission: 'settings:read',
    description: 'Addresses told when pages and orders change, and their latest deliveries.',
  },
  {
    to: '/settings/payments',
    label: 'Payments',
    permission: 'settings:read',
    description: 'The Stripe account your store takes payments with.',
  },
  {
    to: '/settings/billing',
    label: 'Billing',
    permission: 'billing:manage',
    description: 'Your plan, its limits and its price.',
  },
];

/** The paths of the settings screens (the main navigation marks "Settings" current on them). */
export const SETTINGS_PATHS: ReadonlySet<string> = new Set([
  '/settings',
  ...SETTINGS_SECTIONS.map((s) => s.to),
]);

export function SettingsNav() {
  return <SubNav label="Settings" sections={SETTINGS_SECTIONS} />;
}

/** `/settings`: every settings section the viewer may open, with what it is for. */
export function SettingsHome() {
  const { viewer } = useApp();
  return (
    <main>
      <h1>Settings</h1>
      <ul className="settings-home">
        {SETTINGS_SECTIONS.filter((s) => can(viewer, s.permission)).map((s) => (
          <li key={s.to} className="settings-card">
            <Link to={s.to}>{s.label}</Link>
            <p>{s.description}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
