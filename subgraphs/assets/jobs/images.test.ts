import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { bombPng, gpsJpeg, noisePng, sidewaysJpeg } from '../../../test/support/images.js';
import { cropRegion, processImage, UnprocessableImageError, variantWidths } from './images.js';

const settings = {
  IMAGE_MAX_PIXELS: 40_000_000,
  IMAGE_WIDTHS: [32, 64, 128, 256],
  IMAGE_AVIF_EFFORT: 0,
  IMAGE_THREADS: 0,
};

describe('variant widths', () => {
  it('never upscales, and adds the original width below the widest', () => {
    expect(variantWidths(2000, [320, 640, 1920])).toEqual([320, 640, 1920]);
    expect(variantWidths(700, [320, 640, 1920])).toEqual([320, 640, 700]);
    expect(variantWidths(200, [320, 640])).toEqual([200]);
    expect(variantWidths(640, [320, 640])).toEqual([320, 640]);
  });
});

describe('crops around the focal point', () => {
  it('takes the largest region of the aspect, centred on the focal point as far as the edges allow', () => {
    const square = { w: 1, h: 1 };
    expect(cropRegion(200, 100, square, null)).toEqual({ left: 50, top: 0, width: 100, height: 100 });
    expect(cropRegion(200, 100, square, { x: 0.9, y: 0.5 })).toEqual({
      left: 100,
      top: 0,
      width: 100,
      height: 100,
    });
    expect(cropRegion(200, 100, square, { x: 0.6, y: 0.5 })).toEqual({
      left: 70,
      top: 0,
      width: 100,
      height: 100,
    });
    expect(cropRegion(200, 100, square, { x: 0, y: 0 })).toEqual({
      left: 0,
      top: 0,
      width: 100,
      height: 100,
    });
    expect(cropRegion(100, 200, { w: 16, h: 9 }, { x: 0.5, y: 1 })).toEqual({
      left: 0,
      top: 144,
      width: 100,
      height: 56,
    });
  });

  it('crops the side of the picture the focal point is on, at the configured widths, never upscaled', async () => {
    // Left half red, right half blue: a focal point on the right must give a blue square.
    const input = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ff0000' } })
      .composite([
        {
          input: await sharp({ create: { width: 100, height: 100, channels: 3, background: '#0000ff' } })
            .png()
            .toBuffer(),
          left: 100,
          top: 0,
        },
      ])
      .png()
      .toBuffer();
    const withCrops = { ...settings, IMAGE_CROPS: ['1:1'], IMAGE_CROP_WIDTHS: [32, 640] };
    const result = await processImage(input, withCrops, { x: 0.95, y: 0.5 });
    const crops = result.variants.filter((v) => v.crop === '1x1');
    expect(crops.map((v) => `${v.width}x${v.height}.${v.format}`)).toEqual([
      '32x32.webp',
      '32x32.png',
      '100x100.webp',
      '100x100.png',
    ]);
    const { dominant } = await sharp(crops[1]!.data).stats();
    expect(dominant.b).toBeGreaterThan(200);
    expect(dominant.r).toBeLessThan(50);

    const recropped = await processImage(input, withCrops, { x: 0.05, y: 0.5 }, { cropsOnly: true });
    expect(recropped.variants.every((v) => v.crop === '1x1')).toBe(true);
    const left = await sharp(recropped.variants.find((v) => v.format === 'png')!.data).stats();
    expect(left.dominant.r).toBeGreaterThan(200);
  });
});

describe('processImage', () => {
  let bomb: Buffer;
  beforeAll(async () => {
    bomb = await bombPng();
  }, 60_000);

  it('makes AVIF, WebP and the original family at each width, never wider than the original', async () => {
    const result = await processImage(await noisePng(100, 50), settings);
    expect(result).toMatchObject({ width: 100, height: 50 });
    expect(result.variants.map((v) => `${v.width}x${v.height}.${v.format}`)).toEqual([
      '32x16.avif',
      '32x16.webp',
      '32x16.png',
      '64x32.avif',
      '64x32.webp',
      '64x32.png',
      '100x50.avif',
      '100x50.webp',
      '100x50.png',
    ]);
    for (const v of result.variants) {
      expect((await sharp(v.data).metadata()).format).toBe(v.format === 'avif' ? 'heif' : v.format);
    }
    expect(result.dominantColor).toMatch(/^#[0-9a-f]{6}$/);
    expect(Buffer.from(result.placeholder, 'base64').length).toBeGreaterThan(5);
  });

  it('strips EXIF (GPS, camera) from every variant', async () => {
    const input = await gpsJpeg(80, 60);
    expect((await sharp(input).metadata()).exif?.toString('latin1')).toContain('WebHazeCam');
    const result = await processImage(input, settings);
    expect(result.variants.map((v) => v.format)).toContain('jpeg');
    for (const v of result.variants) {
      const meta = await sharp(v.data).metadata();
      expect(meta.exif).toBeUndefined();
      expect(v.data.toString('latin1')).not.toContain('WebHazeCam');
    }
  });

  it('turns a sideways photo upright (EXIF orientation) and drops the orientation tag', async () => {
    const result = await processImage(await sidewaysJpeg(120, 60), settings);
    expect(result).toMatchObject({ width: 60, height: 120 });
    const widest = result.variants.at(-1)!;
    expect(widest).toMatchObject({ width: 60, height: 120 });
    expect((await sharp(widest.data).metadata()).orientation).toBeUndefined();
  });

  it('refuses a 100-megapixel decompression bomb before decoding it', async () => {
    expect(bomb.length).toBeLessThan(1_000_000);
    await expect(processImage(bomb, settings)).rejects.toThrow(UnprocessableImageError);
    await expect(processImage(bomb, settings)).rejects.toThrow(/pixel limit/);
  });

  it('refuses a truncated image and bytes that are not an image', async () => {
    const jpeg = await sharp(await noisePng(200, 200))
      .jpeg()
      .toBuffer();
    await expect(processImage(jpeg.subarray(0, jpeg.length / 2), settings)).rejects.toThrow(
      UnprocessableImageError,
    );
    await expect(processImage(Buffer.from('not an image at all'), settings)).rejects.toThrow(
      UnprocessableImageError,
    );
  });
});
