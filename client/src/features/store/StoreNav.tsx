/** The store area's sections, shown at the top of each store screen. */
import { can, useApp } from '../../app-context.js';
import { Link, useRoute } from '../../router.js';

const SECTIONS: { to: string; label: string; permission: string }[] = [
  { to: '/store', label: 'Products', permission: 'catalog:read' },
  { to: '/store/collections', label: 'Collections', permission: 'catalog:read' },
  { to: '/store/discounts', label: 'Discounts', permission: 'catalog:read' },
  { to: '/store/shipping-and-tax', label: 'Shipping and tax', permission: 'catalog:read' },
  { to: '/store/import-export', label: 'Import and export', permission: 'catalog:write' },
  { to: '/orders', label: 'Orders', permission: 'orders:read' },
];

export function StoreNav() {
  const { viewer } = useApp();
  const { path } = useRoute();
  return (
    <nav aria-label="Store" className="subnav">
      {SECTIONS.filter((s) => can(viewer, s.permission)).map((s) => (
        <Link key={s.to} to={s.to} aria-current={path === s.to ? 'page' : undefined}>
          {s.label}
        </Link>
      ))}
    </nav>
  );
}
