/**
 * A site's header and footer (the layout's section groups, rendered around every page), edited one
 * group at a time in the shared tree editor; Reset puts both back to the theme's default
 * (resetSiteLayout). The header and footer blocks draw the site's own menus on the canvas.
 */
import type { Data } from '@puckeditor/core';
import { useCallback, useMemo, useState } from 'react';
import { useApp } from '../../../app-context.js';
import type { SiteLayoutFieldsFragment } from '../../../gql/graphql.js';
import { Link } from '../../../router.js';
import { LoadFailed, Loading, useLoad } from '../../../ui.js';
import { mayLeave } from '../../../unsaved.js';
import { editorConfig } from '../editor/editor-config.js';
import { withIds } from '../editor/tree.js';
import {
  ResetSiteLayoutMutation,
  SaveSiteLayoutMutation,
  SiteLayoutQuery,
  SiteMenuQuery,
  SiteMenusQuery,
} from './operations.js';
import { resolvedMenus, SiteSubNav, sitePaths, useStructureSite } from './site.js';
import { TreeEditor } from './TreeEditor.js';
import type { Stored } from './versioned.js';

type Group = 'header' | 'footer';
const GROUPS: { group: Group; label: string }[] = [
  { group: 'header', label: 'Header' },
  { group: 'footer', label: 'Footer' },
];

const groupData = (layout: SiteLayoutFieldsFragment, group: Group): Stored<Data> => ({
  value: withIds({ root: { props: {} }, content: layout[group].content }) as unknown as Data,
  version: layout.version,
  updatedAt: layout.updatedAt ?? null,
});

export default function SiteLayout({ siteId }: { siteId: string }) {
  const { session } = useApp();
  const { data: site, error: siteError, reload: reloadSite } = useStructureSite(siteId, { canvas: true });
  const fetchLayout = useCallback(async () => {
    const [{ siteLayout }, { menus }] = await Promise.all([
      session.execute(SiteLayoutQuery, { siteId }),
      session.execute(SiteMenusQuery, { siteId }),
    ]);
    // Each menu's items for the header and footer blocks on the canvas (one menu a request: see operations.ts).
    const loaded = await Promise.all(
      menus.edges.map(
        async ({ node }) => (await session.execute(SiteMenuQuery, { siteId, handle: node.handle })).menu,
      ),
    );
    return { layout: siteLayout, menus: loaded.flatMap((m) => (m ? [m] : [])) };
  }, [session, siteId]);
  const { data, error: layoutError, reload } = useLoad(fetchLayout);
  const [group, setGroup] = useState<Group>('header');
  const config = useMemo(
    () =>
      editorConfig({
        tokens: site?.tokens ?? [],
        pageType: null,
        site: {
          name: site?.name ?? '',
          year: new Date().getFullYear(),
          menus: resolvedMenus(data?.menus ?? []),
        },
      }),
    [site, data],
  );

  const error = siteError ?? layoutError;
  if (error)
    return (
      <LoadFailed
        title="Header & footer"
        error={error}
        onRetry={() => {
          void reloadSite();
          void reload();
        }}
      />
    );
  if (!site || !data) return <Loading what="the header and footer" />;
  if (!data.layout)
    return (
      <LoadFailed title="Header & footer" error={new Error('No such site')} onRetry={() => void reload()} />
    );
  const layout = data.layout;
  const title = group === 'header' ? 'Header' : 'Footer';

  const latest = async (): Promise<Stored<Data>> => {
    const { siteLayout } = await session.execute(SiteLayoutQuery, { siteId });
    return siteLayout ? groupData(siteLayout, group) : groupData(layout, group);
  };

  return (
    <>
      <div className="structure-subnav">
        <SiteSubNav siteId={site.id} siteName={site.name} />
      </div>
      <TreeEditor
        key={group}
        site={site}
        title={title}
        back="/"
        config={config}
        start={groupData(layout, group)}
        isDefault={layout[group].isDefault}
        latest={latest}
        save={async (tree, expected) => {
          const { saveSiteLayout } = await session.execute(SaveSiteLayoutMutation, {
            siteId,
            input: { [group]: { content: tree.content } },
            expectedVersion: expected,
          });
          void reload();
          return {
            value: tree,
            version: saveSiteLayout.version,
            updatedAt: saveSiteLayout.updatedAt ?? null,
          };
        }}
        reset={async (expected) => {
          const { resetSiteLayout } = await session.execute(ResetSiteLayoutMutation, {
            siteId,
            expectedVersion: expected,
          });
          void reload();
          return groupData(resetSiteLayout, group);
        }}
      >
        <fieldset className="structure-switch">
          <legend>Section group</legend>
          {GROUPS.map((g) => (
            <button
              key={g.group}
              type="button"
              aria-pressed={group === g.group}
              onClick={() => g.group !== group && mayLeave() && setGroup(g.group)}
            >
              {g.label}
              {layout[g.group].isDefault ? ' (theme default)' : ' (customised)'}
            </button>
          ))}
          <p className="field-help">
            The header is shown above every page, the footer below it. Reset puts both back to the theme’s.
            Menus are edited under <Link to={sitePaths(site.id).navigation}>Navigation</Link>.
          </p>
        </fieldset>
      </TreeEditor>
    </>
  );
}
