/**
 * Success and failure notices (ADR 0053): `toast()` from anywhere, one region (`<Toasts />`, mounted
 * once by the shell) that screen readers announce: successes politely (an `aria-live=polite` list,
 * what `role=status` means), each failure at once (`role=alert`). Successes leave after a few
 * seconds (longer with an action such as Undo); failures stay until dismissed.
 */
import { useSyncExternalStore } from 'react';

export interface ToastAction {
  label: string;
  run(): void;
}

export interface Toast {
  id: number;
  kind: 'success' | 'error';
  message: string;
  action?: ToastAction;
}

/** How long a success stays (with an action such as Undo, longer); null: until dismissed (tests). */
export const toastTimings: { successMs: number | null; withActionMs: number | null } = {
  successMs: 6000,
  withActionMs: 12000,
};

let shown: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};

export function dismissToast(id: number): void {
  shown = shown.filter((t) => t.id !== id);
  emit();
}

/** Shows a notice; returns its id (for dismissToast). */
export function toast(message: string, opts: { kind?: Toast['kind']; action?: ToastAction } = {}): number {
  const id = nextId++;
  const kind = opts.kind ?? 'success';
  shown = [...shown, { id, kind, message, ...(opts.action ? { action: opts.action } : {}) }];
  emit();
  const stay = opts.action ? toastTimings.withActionMs : toastTimings.successMs;
  if (kind === 'success' && stay !== null) setTimeout(() => dismissToast(id), stay);
  return id;
}

/** The notices shown now (tests read them). */
export function currentToasts(): readonly Toast[] {
  return shown;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function ToastItem({ item }: { item: Toast }) {
  return (
    // A failure is an alert, announced as it appears; successes are announced by their polite list.
    <li className={`toast toast-${item.kind}`} role={item.kind === 'error' ? 'alert' : undefined}>
      <span>{item.message}</span>
      {item.action ? (
        <button
          type="button"
          onClick={() => {
            dismissToast(item.id);
            item.action?.run();
          }}
        >
          {item.action.label}
        </button>
      ) : null}
      <button type="button" aria-label="Dismiss" onClick={() => dismissToast(item.id)}>
        ×
      </button>
    </li>
  );
}

/**
 * The notice region. The polite list exists from the start (a live region must be in the page
 * before what it announces); it is not a `status` role, so screens keep their own status lines.
 */
export function Toasts() {
  const items = useSyncExternalStore(subscribe, () => shown);
  return (
    <section className="toasts" aria-label="Notifications">
      <ul aria-live="polite" className="toasts-done">
        {items
          .filter((t) => t.kind === 'success')
          .map((t) => (
            <ToastItem key={t.id} item={t} />
          ))}
      </ul>
      <ul className="toasts-failed">
        {items
          .filter((t) => t.kind === 'error')
          .map((t) => (
            <ToastItem key={t.id} item={t} />
          ))}
      </ul>
    </section>
  );
}
