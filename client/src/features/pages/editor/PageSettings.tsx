/**
 * The page's settings panel: title, address (a live page's old address then redirects to the new
 * one), how search engines and link previews show it (title, description, image from the media
 * picker), and "set as home page". Saving stores them with the editor's current content.
 */
import { type FormEvent, useId, useState } from 'react';
import { messageOf } from '../../../api.js';
import { ErrorMessage, Field, fieldError } from '../../../ui.js';
import { MediaField } from './pickers/MediaPicker.js';

export interface PageMeta {
  title: string;
  path: string;
  seoTitle: string | null;
  seoDescription: string | null;
  ogImageAssetId: string | null;
}

export interface PageSettingsProps {
  meta: PageMeta;
  /** Whether the page is live (a path change then leaves a redirect). */
  live: boolean;
  canWrite: boolean;
  /** Saves the settings with the current content; resolves to the error when refused, else null. */
  onSave(meta: PageMeta): Promise<unknown>;
  /** Makes this page the site's home page (`/`). */
  onSetHome(): void;
  onClose(): void;
}

const orNull = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '').trim();
  return text === '' ? null : text;
};

export function PageSettings({ meta, live, canWrite, onSave, onSetHome, onClose }: PageSettingsProps) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [image, setImage] = useState<string | null>(meta.ogImageAssetId);
  const descriptionId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const refused = await onSave({
      title: String(form.get('title') ?? '').trim(),
      path: String(form.get('path') ?? '').trim(),
      seoTitle: orNull(form.get('seoTitle')),
      seoDescription: orNull(form.get('seoDescription')),
      ogImageAssetId: image,
    });
    setBusy(false);
    setError(refused);
  };

  const fields = ['title', 'path', 'seoTitle', 'seoDescription', 'ogImageAssetId'];
  const shownAtField = fields.some((f) => fieldError(error, f));
  return (
    <aside className="history page-settings" aria-label="Page settings">
      <header>
        <h2>Page settings</h2>
        <button type="button" onClick={onClose}>
          Close settings
        </button>
      </header>
      <ErrorMessage>{error && !shownAtField ? messageOf(error) : undefined}</ErrorMessage>
      <form onSubmit={(event) => void submit(event)} aria-label="Page settings">
        <fieldset disabled={!canWrite || busy}>
          <Field
            label="Title"
            name="title"
            required
            defaultValue={meta.title}
            error={fieldError(error, 'title')}
          />
          <Field
            label="Address (path)"
            name="path"
            required
            defaultValue={meta.path}
            pattern="/([a-z0-9\-]+(/[a-z0-9\-]+)*)?"
            title="Starts with /, then lowercase letters, digits and hyphens"
            error={fieldError(error, 'path')}
          />
          <p className="hint">
            {live
              ? 'This page is live: visitors of its old address are sent to the new one.'
              : 'Lowercase letters, digits and hyphens, e.g. /about-us.'}
          </p>
          <h3>Search engines and link previews</h3>
          <Field
            label="Search title"
            name="seoTitle"
            maxLength={70}
            defaultValue={meta.seoTitle ?? ''}
            placeholder={meta.title}
            error={fieldError(error, 'seoTitle')}
          />
          <div className="field">
            <label htmlFor={descriptionId}>Description</label>
            <textarea
              id={descriptionId}
              name="seoDescription"
              maxLength={320}
              rows={3}
              defaultValue={meta.seoDescription ?? ''}
            />
            {fieldError(error, 'seoDescription') ? (
              <p className="field-error" role="alert">
                {fieldError(error, 'seoDescription')}
              </p>
            ) : null}
          </div>
          <div className="field">
            <span>Link preview image</span>
            <MediaField
              label="link preview image"
              value={image ?? undefined}
              onChange={(id) => setImage(id ?? null)}
              readOnly={!canWrite}
            />
          </div>
          <button type="submit">{busy ? 'Saving…' : 'Save settings'}</button>
        </fieldset>
      </form>
      {canWrite && meta.path !== '/' ? (
        <section aria-label="Home page">
          <h3>Home page</h3>
          <p>The home page is what visitors see first, at the site's own address.</p>
          <button type="button" onClick={onSetHome}>
            Set as home page
          </button>
        </section>
      ) : meta.path === '/' ? (
        <p>This is the site's home page.</p>
      ) : null}
    </aside>
  );
}
