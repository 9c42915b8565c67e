/** The store area's sections, shown at the top of each store screen. */
import { type NavSection, SubNav } from '../../sub-nav.js';

const SECTIONS: NavSection[] = [
  { to: '/store', label: 'Products', permission: 'catalog:read' },
  { to: '/store/collections', label: 'Collections', permission: 'catalog:read' },
  { to: '/store/discounts', label: 'Discounts', permission: 'catalog:read' },
  { to: '/store/shipping-and-tax', label: 'Shipping and tax', permission: 'catalog:read' },
  { to: '/store/import-export', label: 'Import and export', permission: 'catalog:write' },
  { to: '/orders', label: 'Orders', permission: 'orders:read' },
];

export function StoreNav() {
  return <SubNav label="Store" sections={SECTIONS} />;
}
