/**
 * One file's upload, shared by the media library and the editor's media picker: createUpload →
 * PUT the bytes (with progress) → completeUpload, then polling (bounded) until the asset is READY
 * or FAILED.
 */
import { messageOf } from '../../api.js';
import type { Session } from '../../session.js';
import {
  MediaAssetQuery as AssetQuery,
  MediaCompleteUploadMutation,
  MediaCreateUploadMutation,
} from './operations.js';

/** Where and how to send one file's bytes (from createUpload). */
export interface UploadTarget {
  uploadUrl: string;
  method: string;
  headers: readonly { name: string; value: string }[];
}

/** Sends a file's bytes, reporting progress from 0 to 1. */
export type PutFile = (
  target: UploadTarget,
  file: Blob,
  onProgress: (fraction: number) => void,
) => Promise<void>;

/** The browser's upload with progress events: XMLHttpRequest (fetch has no upload progress). */
export const xhrPut: PutFile = (target, file, onProgress) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(target.method, target.uploadUrl);
    for (const header of target.headers) xhr.setRequestHeader(header.name, header.value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve();
      } else reject(new Error(`The storage refused the file (HTTP ${xhr.status})`));
    };
    xhr.onerror = () => reject(new Error('The upload failed: check your connection and retry'));
    xhr.send(file);
  });

/** The MIME type to declare: the browser's, or from the name for types browsers often leave empty. */
export function contentTypeOf(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const ext = file.name.toLowerCase().split('.').pop();
  return ext === 'woff2' ? 'font/woff2' : ext === 'pdf' ? 'application/pdf' : 'application/octet-stream';
}

/** How one upload ended: the asset READY (with its variant count) or FAILED (with why). */
export type UploadOutcome =
  | { state: 'ready'; id: string; message?: string }
  | { state: 'failed'; id: string | null; message: string };

export interface UploadOptions {
  putFile: PutFile;
  /** How often a processing asset is polled, in ms. */
  pollMs: number;
  onProgress(fraction: number): void;
  /** The bytes are stored and the asset is being processed. */
  onProcessing(id: string): void;
  /** Whether the caller still cares (an unmounted screen stops polling). */
  alive(): boolean;
}

export async function uploadAsset(
  session: Session,
  file: File,
  options: UploadOptions,
): Promise<UploadOutcome> {
  let id: string | null = null;
  try {
    const { createUpload: ticket } = await session.execute(MediaCreateUploadMutation, {
      input: { filename: file.name, contentType: contentTypeOf(file), size: file.size },
    });
    id = ticket.asset.id;
    await options.putFile(ticket, file, (fraction) => options.alive() && options.onProgress(fraction));
    const { completeUpload: done } = await session.execute(MediaCompleteUploadMutation, { id });
    if (done.status === 'READY') return { state: 'ready', id };
    if (done.status === 'FAILED') return { state: 'failed', id, message: done.failureReason ?? 'Refused' };
    options.onProcessing(id);
    for (let attempt = 0; attempt < 600 && options.alive(); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, options.pollMs));
      if (!options.alive()) break;
      const { asset } = await session.execute(AssetQuery, { id });
      if (asset?.status === 'READY')
        return { state: 'ready', id, message: `${asset.allVariants.length} variants` };
      if (!asset || asset.status === 'FAILED') {
        return { state: 'failed', id, message: asset?.failureReason ?? 'The asset is gone' };
      }
    }
    return { state: 'failed', id, message: 'Still processing: check the media library later' };
  } catch (err) {
    return { state: 'failed', id, message: messageOf(err) };
  }
}
