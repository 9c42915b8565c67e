/** The signed-in state every screen reads: the session, the viewer (`me`) and its permissions. */
import { createContext, useContext } from 'react';
import type { ViewerQuery } from './gql/graphql.js';
import type { Session } from './session.js';

export type Viewer = NonNullable<ViewerQuery['me']>;

export interface AppState {
  session: Session;
  viewer: Viewer | null;
  /** Reloads `me` (after sign-in, a tenant switch, ...). */
  reload(): Promise<void>;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside <AppContext.Provider>');
  return state;
}

/** Whether the server will allow `permission` in the current tenant: actions it would refuse are not shown. */
export function can(viewer: Pick<Viewer, 'permissions'> | null, permission: string): boolean {
  return viewer?.permissions.includes(permission) ?? false;
}
