/**
 * The editor's canvas frame: Puck's iframe gets the live page's stylesheet (Page.canvas: tokens,
 * font faces, component and layout styles, exactly the document's `<style>`) plus a few editor-only
 * rules, and none of the editor's own styles (`syncHostStyles: false`), so blocks look as visitors
 * see them. The viewports are the widths an owner checks: a phone, a tablet and a desktop.
 */
import type { Viewports } from '@puckeditor/core';
import { type ReactNode, useEffect } from 'react';

/** Phone first: most visitors of a small shop come on one. */
export const VIEWPORTS: Viewports = [
  { width: 390, height: 'auto', label: 'Phone', icon: 'Smartphone' },
  { width: 768, height: 'auto', label: 'Tablet', icon: 'Tablet' },
  { width: 1440, height: 'auto', label: 'Desktop', icon: 'Monitor' },
];

/**
 * Editor-only rules inside the canvas: section groups keep the page's box structure (`display:
 * contents`), and the notices the editor draws in place of a block (not valid yet, nothing chosen).
 */
export const CANVAS_EDITOR_CSS = `.wh-editor-group{display:contents}
.wh-editor-invalid,.wh-editor-empty{margin:var(--wh-spacing-2,.5rem) 0;padding:var(--wh-spacing-4,1rem);border:1px dashed currentColor;border-radius:var(--wh-radius-md,.375rem);font:inherit;opacity:.8}`;

/** Ctrl/Cmd+S typed on the canvas (an inline edit) reaches the editor's save shortcut, outside the iframe. */
function forwardSaveShortcut(event: KeyboardEvent) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
  event.preventDefault();
  const { key, ctrlKey, metaKey, shiftKey } = event;
  window.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, metaKey, shiftKey, cancelable: true }));
}

/**
 * Puts `css` (and the editor's canvas rules) into the canvas document's head while mounted, and
 * forwards the save shortcut to the editor.
 */
export function CanvasFrame({
  document,
  css,
  children,
}: {
  document?: Document | undefined;
  css: string;
  children: ReactNode;
}) {
  useEffect(() => {
    if (!document) return;
    const style = document.createElement('style');
    style.dataset.webhaze = 'canvas';
    style.textContent = `${css}\n${CANVAS_EDITOR_CSS}`;
    document.head.append(style);
    document.addEventListener('keydown', forwardSaveShortcut);
    return () => {
      style.remove();
      document.removeEventListener('keydown', forwardSaveShortcut);
    };
  }, [document, css]);
  return <>{children}</>;
}
