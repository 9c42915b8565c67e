/**
 * The one Puck set-up every tree editor runs (pages, the layout's section groups, page-type
 * templates): the editor config's components on the iframe canvas with the site's stylesheet
 * (canvas.tsx), the viewports, the field notes and pickers, edits allowed with content:write only,
 * and the editing site's menus for the menu selects. Callers bring the data and the header actions.
 */
import { type Config, type Data, Puck } from '@puckeditor/core';
import '@puckeditor/core/no-external.css';
import { type ReactNode, useCallback } from 'react';
import { CanvasFrame, VIEWPORTS } from './canvas.js';
import { fieldTypeOverrides } from './field-notes.js';
import { EditingSiteContext } from './pickers/MenuPicker.js';

export interface EditorPuckProps {
  config: Config;
  data: Data;
  /** The canvas stylesheet (Page.canvas.css). */
  css: string;
  canWrite: boolean;
  /** The site edited: its menus are the menu selects' options. */
  siteId: string;
  onChange(data: Data): void;
  headerTitle: string;
  headerPath?: string;
  /** The editor's own actions in Puck's header; absent: none (never Puck's default Publish). */
  headerActions?: () => React.JSX.Element;
}

/** Puck's header override must render an element: an empty one, where the editor has no actions there. */
const noActions = () => <></>;

export function EditorPuck({
  config,
  data,
  css,
  canWrite,
  siteId,
  onChange,
  headerTitle,
  headerPath,
  headerActions,
}: EditorPuckProps) {
  // One component for the canvas: a new one per render would remount the whole canvas (and lose
  // the caret of an inline edit) on every keystroke.
  const canvasFrame = useCallback(
    ({ children, document: frame }: { children: ReactNode; document?: Document }) => (
      <CanvasFrame document={frame} css={css}>
        {children}
      </CanvasFrame>
    ),
    [css],
  );
  return (
    <EditingSiteContext.Provider value={siteId}>
      <Puck
        config={config}
        data={data}
        onChange={onChange}
        iframe={{ enabled: true, syncHostStyles: false }}
        viewports={VIEWPORTS}
        headerTitle={headerTitle}
        {...(headerPath === undefined ? {} : { headerPath })}
        permissions={{
          edit: canWrite,
          insert: canWrite,
          delete: canWrite,
          drag: canWrite,
          duplicate: canWrite,
        }}
        overrides={{
          fieldTypes: fieldTypeOverrides,
          iframe: canvasFrame,
          headerActions: headerActions ?? noActions,
        }}
      />
    </EditingSiteContext.Provider>
  );
}
