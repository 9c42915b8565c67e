/** Small shared pieces: form fields with server errors in place, status lines, screen states. */
import { type InputHTMLAttributes, type ReactNode, useCallback, useEffect, useId, useState } from 'react';
import { ApiError, messageOf } from './api.js';

/** The server's error for one input field (`email`, `input.password`, ...), else undefined. */
export function fieldError(err: unknown, field: string): string | undefined {
  if (!(err instanceof ApiError) || !err.field) return undefined;
  return err.field === field || err.field.endsWith(`.${field}`) ? err.message : undefined;
}

/** `fieldError` without the field name the server starts its message with (`url: …`), to show at that field. */
export function fieldErrorInWords(err: unknown, field: string): string | undefined {
  return fieldError(err, field)?.replace(/^[\w.]+: /, '');
}

/** The error to show above a form: anything not shown at one of its fields. */
export function formError(err: unknown, fields: string[]): string | undefined {
  if (!err) return undefined;
  return fields.some((f) => fieldError(err, f)) ? undefined : messageOf(err);
}

export function Field({
  label,
  error,
  help,
  ...input
}: {
  label: string;
  error?: string | undefined;
  /** One line on what to enter, under the input (read with it). */
  help?: string;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const describedBy = [help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {help ? (
        <p id={helpId} className="field-help">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function ErrorMessage({ children }: { children: ReactNode }) {
  return children ? (
    <p className="error" role="alert">
      {children}
    </p>
  ) : null;
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" aria-busy="true">
      Loading {what}…
    </p>
  );
}

/** A modal confirmation for destructive actions: focus starts on Cancel, Escape cancels. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  return (
    <div
      className="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div>{children}</div>
      <button type="button" onClick={onCancel} ref={(el) => el?.focus()}>
        Cancel
      </button>{' '}
      <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
        {busy ? 'Working…' : confirmLabel}
      </button>
    </div>
  );
}

/** The screen a role without the read permission gets. */
export function Forbidden({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main>
      <h1>{title}</h1>
      <p role="alert">{children}</p>
    </main>
  );
}

/** The screen shown when its first load failed: the error and a Retry button (plus any links). */
export function LoadFailed({
  title,
  error,
  onRetry,
  children,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
  children?: ReactNode;
}) {
  return (
    <main>
      <h1>{title}</h1>
      <RetryError error={error} onRetry={onRetry} />
      {children ? <> {children}</> : null}
    </main>
  );
}

/** A failed load's message with a Retry button, in place of the content it could not load. */
export function RetryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <>
      <ErrorMessage>{messageOf(error)}</ErrorMessage>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </>
  );
}

/**
 * A form or button action's busy flag and last error: `run(work)` clears the error, marks the
 * action busy while `work` runs and keeps what it threw (for `formError`/`fieldError`).
 * Resolves true when `work` succeeded.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}

/**
 * A screen's data, loaded once `enabled` and again on `reload()`; `error` is the last failed
 * load's (cleared by the next success). `fetch` is an effect dependency: keep it stable (useCallback).
 */
export function useLoad<T>(fetch: () => Promise<T>, enabled = true) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setData(await fetch());
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [fetch]);
  useEffect(() => {
    if (enabled) void reload();
  }, [reload, enabled]);
  return { data, error, reload };
}
