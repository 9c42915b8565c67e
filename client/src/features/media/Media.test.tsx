/**
 * The media library in happy-dom against a gateway stand-in: listing, the upload flow with
 * progress and processing until READY, alt text, focal point, delete with the CONFLICT shown, and
 * every action absent without assets:write. (The real upload is proven in test/browser/editor-media.)
 */
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, buttonTexts, click, control, mount, settle, submit, type, until } from '../../testing.js';
import { contentTypeOf, MediaLibrary, type PutFile } from './Media.js';

const variants = (id: string) =>
  [64, 256].map((width) => ({
    width,
    height: width / 2,
    format: 'WEBP',
    crop: null,
    size: width * 10,
    url: `/files/tenants/t1/assets/${id}/${width}.webp`,
  }));

function asset(id: string, status = 'READY', extra: Record<string, unknown> = {}) {
  return {
    id,
    filename: `${id}.jpg`,
    contentType: 'image/jpeg',
    size: 2048,
    kind: 'IMAGE',
    status,
    failureReason: null,
    private: false,
    alt: null,
    width: 256,
    height: 128,
    placeholderDataUrl: 'data:image/png;base64,AAAA',
    dominantColor: '#336699',
    focalPoint: null,
    url: `/files/tenants/t1/assets/${id}/original.jpg`,
    variants: status === 'READY' ? variants(id) : [],
    createdAt: '2026-01-01T00:00:00Z',
    ...extra,
  };
}

const page = (nodes: unknown[], hasNextPage = false) => ({
  data: {
    assets: {
      edges: nodes.map((node, i) => ({ cursor: `c${i}`, node })),
      pageInfo: { hasNextPage, endCursor: nodes.length ? `c${nodes.length - 1}` : null },
    },
  },
});

const detail = (a: ReturnType<typeof asset>, usages: unknown[] = []) => ({
  data: {
    asset: {
      ...a,
      allVariants: a.variants.flatMap((v) => [
        v,
        { ...v, format: 'AVIF', url: v.url.replace('webp', 'avif') },
      ]),
      usages,
    },
  },
});

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
  vi.restoreAllMocks();
});

async function open(permissions: string[], answers: Parameters<typeof mount>[2], putFile?: PutFile) {
  const mounted = await mount(<MediaLibrary putFile={putFile} pollMs={1} />, permissions, answers);
  cleanup = mounted.unmount;
  return mounted;
}

const WRITE = ['assets:read', 'assets:write'];

describe('MediaLibrary', () => {
  it('uploads with progress, follows processing until READY and shows the thumbnail from the variants', async () => {
    let listed: unknown[] = [];
    let finishPut: () => void = () => {};
    let reportProgress: (f: number) => void = () => {};
    const sent: { url: string; method: string; headers: unknown; size: number }[] = [];
    const putFile: PutFile = (target, file, onProgress) => {
      sent.push({ url: target.uploadUrl, method: target.method, headers: target.headers, size: file.size });
      reportProgress = onProgress;
      return new Promise<void>((resolve) => {
        finishPut = resolve;
      });
    };
    const { container, named } = await open(
      WRITE,
      {
        mediaAssets: () => page(listed),
        mediaCreateUpload: () => ({
          data: {
            createUpload: {
              asset: { id: 'a1', status: 'PENDING' },
              uploadUrl: '/uploads/tenants/t1/uploads/a1?sig=x',
              method: 'PUT',
              headers: [{ name: 'content-type', value: 'image/png' }],
              expiresAt: '2999-01-01T00:00:00Z',
            },
          },
        }),
        mediaCompleteUpload: () => {
          listed = [asset('a1', 'PROCESSING')];
          return { data: { completeUpload: { id: 'a1', status: 'PROCESSING', failureReason: null } } };
        },
        // Processing for two polls, then READY with its variants.
        mediaAsset: (_v, n) => {
          if (n >= 3) listed = [asset('a1')];
          return detail(n >= 3 ? asset('a1') : asset('a1', 'PROCESSING'));
        },
      },
      putFile,
    );
    expect(container.textContent).toContain('No media yet.');

    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File([new Uint8Array(300)], 'a1.png', { type: 'image/png' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await until(() => sent.length === 1, 'the PUT');
    expect(named('mediaCreateUpload')[0]!.variables).toEqual({
      input: { filename: 'a1.png', contentType: 'image/png', size: 300 },
    });
    expect(sent[0]).toMatchObject({ url: '/uploads/tenants/t1/uploads/a1?sig=x', method: 'PUT', size: 300 });
    await act(async () => reportProgress(0.5));
    const progress = container.querySelector<HTMLProgressElement>('progress[aria-label="Uploading a1.png"]')!;
    expect(progress.getAttribute('value')).toBe('0.5');
    expect(container.querySelector('[aria-label="Uploads"]')?.textContent).toContain('50 %');

    await act(async () => finishPut());
    await until(
      () => container.querySelector('[aria-label="Uploads"]')?.textContent?.includes('Ready') ?? false,
      'READY',
    );
    expect(named('mediaCompleteUpload')[0]!.variables).toEqual({ id: 'a1' });
    expect(named('mediaAsset').length).toBeGreaterThanOrEqual(3);
    expect(container.querySelector('[aria-label="Uploads"]')?.textContent).toContain('Ready · 4 variants');
    const tile = container.querySelector('li[aria-label="a1.jpg"]')!;
    expect(tile.querySelector('img')?.getAttribute('src')).toBe('/files/tenants/t1/assets/a1/256.webp');
    expect(tile.textContent).toContain('Ready · 2 sizes');
  });

  it('shows a refused upload as failed', async () => {
    const { container } = await open(
      WRITE,
      {
        mediaAssets: () => page([]),
        mediaCreateUpload: () => ({
          errors: [
            {
              message: 'contentType: SVG is not accepted',
              extensions: { code: 'BAD_USER_INPUT', field: 'contentType' },
            },
          ],
        }),
      },
      async () => {
        throw new Error('not reached');
      },
    );
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', {
      value: [new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' })],
      configurable: true,
    });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await until(() => container.textContent?.includes('Failed:') ?? false, 'the failure');
    expect(container.querySelector('.uploads [role="alert"]')?.textContent).toBe(
      'Failed: contentType: SVG is not accepted',
    );
  });

  it('searches and filters by kind, and pages with Load more', async () => {
    const { container, named } = await open(['assets:read'], {
      mediaAssets: (v) => (v.after ? page([asset('b2')]) : page([asset('b1')], true)),
    });
    await click(button(container, 'Load more'));
    expect(named('mediaAssets')[1]!.variables).toMatchObject({ after: 'c0' });
    expect(
      [...container.querySelectorAll('.media-grid > li')].map((li) => li.getAttribute('aria-label')),
    ).toEqual(['b1.jpg', 'b2.jpg']);
    type(control(container, 'Search'), 'team');
    type(control<HTMLSelectElement>(container, 'Kind'), 'IMAGE');
    await submit(container.querySelector<HTMLFormElement>('form[aria-label="Search media"]')!);
    expect(named('mediaAssets').at(-1)!.variables).toEqual({
      first: 24,
      after: null,
      search: 'team',
      type: 'IMAGE',
    });
  });

  it('saves alt text and a focal point picked by clicking the image', async () => {
    const { container, named } = await open(WRITE, {
      mediaAssets: () => page([asset('c1')]),
      mediaAsset: () => detail(asset('c1')),
      mediaUpdateAsset: (v) => ({
        data: {
          updateAsset: {
            id: 'c1',
            alt: (v.input as { alt?: string }).alt ?? null,
            focalPoint: (v.input as { focalPoint?: unknown }).focalPoint ?? null,
          },
        },
      }),
    });
    await click(container.querySelector<HTMLButtonElement>('.media-tile')!);
    const panel = container.querySelector<HTMLElement>('aside[aria-label="Asset details"]')!;
    expect(panel.querySelector('table[aria-label="Variants"] tbody')?.children).toHaveLength(4);
    expect(panel.textContent).toContain('Nothing uses this asset.');

    type(control(panel, 'Alt text'), 'Our team at the bakery');
    await submit(panel.querySelector<HTMLFormElement>('form[aria-label="Edit alt text"]')!);
    expect(named('mediaUpdateAsset')[0]!.variables).toEqual({
      id: 'c1',
      input: { alt: 'Our team at the bakery' },
    });
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Alt text saved');

    const picker = panel.querySelector<HTMLButtonElement>('.focal-picker')!;
    vi.spyOn(picker.querySelector('img')!, 'getBoundingClientRect').mockReturnValue({
      left: 100,
      top: 50,
      width: 200,
      height: 100,
      right: 300,
      bottom: 150,
      x: 100,
      y: 50,
      toJSON: () => ({}),
    });
    await act(async () =>
      picker.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 150, clientY: 125, detail: 1 })),
    );
    await settle();
    expect(named('mediaUpdateAsset')[1]!.variables).toEqual({
      id: 'c1',
      input: { focalPoint: { x: 0.25, y: 0.75 } },
    });
    expect(panel.textContent).toContain('Focal point: 25 % from the left, 75 % from the top');
    const marker = panel.querySelector<HTMLElement>('.focal-marker')!;
    expect(marker.style.left).toBe('25%');
  });

  it('shows what uses an asset when deleting it is refused, and deletes anyway on request', async () => {
    const usages = [{ service: 'cms', kind: 'page', id: 'p1', label: 'Home' }];
    const { container, named } = await open(WRITE, {
      mediaAssets: () => page([asset('d1')]),
      mediaAsset: () => detail(asset('d1'), usages),
      mediaDeleteAsset: (v) =>
        v.force
          ? { data: { deleteAsset: 'd1' } }
          : {
              errors: [
                {
                  message: 'The asset is used by cms page "Home"; remove it there or delete with force: true',
                  extensions: { code: 'CONFLICT', usages },
                },
              ],
            },
    });
    await click(container.querySelector<HTMLButtonElement>('.media-tile')!);
    await click(button(container, 'Delete asset'));
    const alert = container.querySelector('.media-conflict')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('This asset is in use');
    expect(alert.querySelector('li')?.textContent).toBe('cms page “Home”');
    await click(button(container, 'Delete anyway'));
    expect(named('mediaDeleteAsset').map((c) => c.variables)).toEqual([
      { id: 'd1', force: false },
      { id: 'd1', force: true },
    ]);
    expect(container.querySelector('aside')).toBeNull();
    expect(container.querySelector('li[aria-label="d1.jpg"]')).toBeNull();
  });

  it('offers no upload, edit or delete without assets:write', async () => {
    const { container } = await open(['assets:read'], {
      mediaAssets: () => page([asset('e1')]),
      mediaAsset: () => detail(asset('e1')),
    });
    expect(container.querySelector('input[type="file"]')).toBeNull();
    await click(container.querySelector<HTMLButtonElement>('.media-tile')!);
    const panel = container.querySelector<HTMLElement>('aside')!;
    expect(panel.querySelector('form')).toBeNull();
    expect(panel.querySelector('.focal-picker')).toBeNull();
    expect(buttonTexts(panel)).toEqual(['Close']);
    expect(panel.textContent).toContain('Alt text: (none)');
  });

  it('tells a role without assets:read, and shows load errors with a retry', async () => {
    const forbidden = await open([], {});
    expect(forbidden.container.querySelector('[role="alert"]')?.textContent).toContain(
      'cannot see its media library',
    );
    expect(forbidden.calls).toHaveLength(0);
    await forbidden.unmount();
    const failing = await open(['assets:read'], {
      mediaAssets: () => ({
        errors: [{ message: 'Storage is down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    });
    cleanup = failing.unmount;
    expect(failing.container.querySelector('[role="alert"]')?.textContent).toBe('Storage is down');
    expect(buttonTexts(failing.container)).toContain('Retry');
  });

  it('declares the type browsers leave empty for fonts', () => {
    expect(contentTypeOf({ name: 'Brand.WOFF2', type: '' })).toBe('font/woff2');
    expect(contentTypeOf({ name: 'a.png', type: 'image/png' })).toBe('image/png');
  });
});
