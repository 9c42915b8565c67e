/**
 * A site's storefront page-type templates (product, collection, cart, search, 404 …): listed with
 * whether each is the theme's default or customised, and opened in the shared tree editor like a
 * page. The canvas draws the page type's own block with sample data (a sample product, cart,
 * search results), as the storefront would with real data, inside the site's header and footer.
 */
import type { Data } from '@puckeditor/core';
import { useCallback, useMemo } from 'react';
import { PAGE_TYPES, type PageTypeName } from '../../../../../templates/page-types.js';
import { useApp } from '../../../app-context.js';
import type { PageType, PageTypeTemplateFieldsFragment } from '../../../gql/graphql.js';
import { Link } from '../../../router.js';
import { LoadFailed, Loading, useLoad } from '../../../ui.js';
import { editorConfig } from '../editor/editor-config.js';
import { withIds } from '../editor/tree.js';
import {
  PageTypeTemplatesQuery,
  ResetPageTypeTemplateMutation,
  SavePageTypeTemplateMutation,
} from './operations.js';
import { SiteSubNav, sitePaths, useStructureSite } from './site.js';
import { TreeEditor } from './TreeEditor.js';
import type { Stored } from './versioned.js';

/** Each page type in words: its name and where visitors get it. */
export const PAGE_TYPE_TEXT: Record<PageTypeName, { name: string; where: string }> = {
  product: { name: 'Product page', where: 'Each product, at /products/…' },
  collection: { name: 'Collection page', where: 'Each collection and all products, at /collections/…' },
  not_found: { name: 'Page not found (404)', where: 'Any address nothing else answers' },
  cart: { name: 'Cart', where: 'The visitor’s cart, at /cart' },
  checkout: { name: 'Checkout', where: 'Email and address, at /checkout' },
  order: { name: 'Order status', where: 'An order as its buyer sees it, at /orders/…' },
  search: { name: 'Search results', where: 'Products and pages found, at /search' },
  payment: { name: 'Payment', where: 'The card payment step, at /checkout/pay/…' },
};

const nameOf = (value: PageType) => value.toLowerCase() as PageTypeName;

const storedOf = (t: PageTypeTemplateFieldsFragment): Stored<Data> => ({
  value: withIds(t.tree) as unknown as Data,
  version: t.version,
  updatedAt: t.updatedAt ?? null,
});

export default function PageTypes({ siteId, pageType }: { siteId: string; pageType: string | null }) {
  const { session } = useApp();
  const editing =
    pageType && (PAGE_TYPES as readonly string[]).includes(pageType) ? (pageType as PageTypeName) : null;
  const {
    data: site,
    error: siteError,
    reload: reloadSite,
  } = useStructureSite(siteId, { canvas: editing !== null });
  const fetchTemplates = useCallback(
    async () => (await session.execute(PageTypeTemplatesQuery, { siteId })).pageTypeTemplates,
    [session, siteId],
  );
  const { data: templates, error: loadError, reload } = useLoad(fetchTemplates);
  const config = useMemo(
    () =>
      editing
        ? editorConfig({
            tokens: site?.tokens ?? [],
            pageType: editing,
            placeholders: site ? { siteName: site.name, pageTitle: PAGE_TYPE_TEXT[editing].name } : undefined,
            ...(site?.canvas ? { groups: { header: site.canvas.header, footer: site.canvas.footer } } : {}),
          })
        : null,
    [editing, site],
  );

  const error = siteError ?? loadError;
  if (error)
    return (
      <LoadFailed
        title="Templates"
        error={error}
        onRetry={() => {
          void reloadSite();
          void reload();
        }}
      />
    );
  if (!site || !templates) return <Loading what="the templates" />;
  const paths = sitePaths(site.id);
  const template = editing ? templates.find((t) => nameOf(t.pageType) === editing) : null;

  if (editing && template && config) {
    const title = `${PAGE_TYPE_TEXT[editing].name} template`;
    return (
      <TreeEditor
        site={site}
        title={title}
        back={paths.templates}
        config={config}
        start={storedOf(template)}
        isDefault={template.isDefault}
        latest={async () => {
          const now = (await fetchTemplates()).find((t) => t.pageType === template.pageType);
          return storedOf(now ?? template);
        }}
        save={async (tree, expected) => {
          const { savePageTypeTemplate } = await session.execute(SavePageTypeTemplateMutation, {
            input: { siteId: site.id, pageType: template.pageType, tree, expectedVersion: expected },
          });
          return {
            value: tree,
            version: savePageTypeTemplate.version,
            updatedAt: savePageTypeTemplate.updatedAt ?? null,
          };
        }}
        reset={async (expected) => {
          const { resetPageTypeTemplate } = await session.execute(ResetPageTypeTemplateMutation, {
            siteId: site.id,
            pageType: template.pageType,
            expectedVersion: expected,
          });
          return storedOf(resetPageTypeTemplate);
        }}
      />
    );
  }

  return (
    <main className="structure">
      <h1>Templates</h1>
      <SiteSubNav siteId={site.id} siteName={site.name} />
      <p>
        The store’s own pages of {site.name}: each is drawn from a template you can edit like a page. Changes
        are live as soon as you save them.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Page</th>
            <th scope="col">Shown for</th>
            <th scope="col">Template</th>
          </tr>
        </thead>
        <tbody>
          {templates.map((t) => {
            const type = nameOf(t.pageType);
            return (
              <tr key={t.pageType}>
                <td>
                  <Link to={paths.template(type)}>{PAGE_TYPE_TEXT[type].name}</Link>
                </td>
                <td>{PAGE_TYPE_TEXT[type].where}</td>
                <td>
                  {t.isDefault
                    ? 'Theme default'
                    : `Customised${t.updatedAt ? `, ${new Date(t.updatedAt).toLocaleString()}` : ''}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </main>
  );
}
