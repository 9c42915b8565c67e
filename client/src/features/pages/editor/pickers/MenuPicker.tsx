/**
 * The menu select, a Puck custom field for the props that name a menu by handle (the site header's
 * `menu`, a footer column's `menu`, the footer's `legalMenu`): the editing site's menus to choose
 * from instead of a handle typed by hand. A handle the site has no menu for (yet) stays choosable,
 * marked as missing, so a stored value is never dropped silently.
 */
import { createContext, useContext, useEffect, useId, useState } from 'react';
import { messageOf } from '../../../../api.js';
import { useApp } from '../../../../app-context.js';
import { Link } from '../../../../router.js';
import { ErrorMessage } from '../../../../ui.js';
import { PickerMenusQuery } from './operations.js';

/** The site whose page, layout or template is being edited (its menus are the ones offered). */
export const EditingSiteContext = createContext<string | null>(null);

/** The editing site's menu handles (null while loading); reloaded when the site changes. */
function useMenuHandles(siteId: string | null) {
  const { session } = useApp();
  const [handles, setHandles] = useState<string[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!siteId) return;
    let live = true;
    session
      .execute(PickerMenusQuery, { siteId })
      .then(({ menus }) => live && setHandles(menus.edges.map((e) => e.node.handle)))
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [session, siteId]);
  return { handles, error };
}

export function MenuField({
  label,
  value,
  onChange,
  readOnly,
}: {
  label: string;
  value: string | undefined;
  onChange(value: string): void;
  readOnly?: boolean;
}) {
  const id = useId();
  const siteId = useContext(EditingSiteContext);
  const { handles, error } = useMenuHandles(siteId);
  const current = value ?? '';
  const options = handles ?? [];
  const missing = current !== '' && handles !== null && !options.includes(current);
  return (
    <div className="picker-field">
      <select
        id={id}
        aria-label={label}
        value={current}
        disabled={readOnly || handles === null}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {current === '' ? <option value="">Choose a menu</option> : null}
        {missing ? <option value={current}>{current} (no such menu yet)</option> : null}
        {options.map((handle) => (
          <option key={handle} value={handle}>
            {handle}
          </option>
        ))}
      </select>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      {siteId ? <Link to={`/sites/${siteId}/navigation`}>Edit menus</Link> : null}
    </div>
  );
}
