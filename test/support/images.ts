import sharp from 'sharp';

/** Test and bench images, generated (never checked in): noise so encoders have real work to do. */
export function noise(width: number, height: number, channels: 3 | 4 = 3): ReturnType<typeof sharp> {
  return sharp({
    create: {
      width,
      height,
      channels,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  });
}

export const noiseJpeg = (w: number, h: number) => noise(w, h).jpeg({ quality: 85 }).toBuffer();
export const noisePng = (w: number, h: number) => noise(w, h).png().toBuffer();

/** A JPEG carrying GPS coordinates and a camera make in its EXIF. */
export function gpsJpeg(w: number, h: number): Promise<Buffer> {
  return noise(w, h)
    .withExif({
      IFD0: { Make: 'WebHazeCam', Model: 'Leaky 1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 2600/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 7/1 3900/100',
      },
    })
    .jpeg()
    .toBuffer();
}

/** A landscape `w`×`h` JPEG whose EXIF says "rotate 90°": upright it is `h`×`w`. */
export function sidewaysJpeg(w: number, h: number): Promise<Buffer> {
  return noise(w, h).withMetadata({ orientation: 6 }).jpeg().toBuffer();
}

/** A decompression bomb: tiny on disk, `w`×`h` pixels once decoded. */
export function bombPng(w = 10_000, h = 10_000): Promise<Buffer> {
  return sharp({ create: { width: w, height: h, channels: 3, background: '#ffffff' } })
    .greyscale()
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** A realistic-ish photo: gradient sky, shapes and sensor noise (not flat colour), for the bench. */
export async function photo(width: number, height: number, seed: number): Promise<Buffer> {
  const rand = mulberry32(seed);
  const shapes: string[] = [];
  for (let i = 0; i < 30; i++) {
    const colour = `hsl(${Math.floor(rand() * 360)},${40 + Math.floor(rand() * 50)}%,${30 + Math.floor(rand() * 40)}%)`;
    const x = Math.floor(rand() * width);
    const y = Math.floor(rand() * height);
    const r = Math.floor(20 + rand() * width * 0.15);
    shapes.push(
      rand() < 0.5
        ? `<circle cx="${x}" cy="${y}" r="${r}" fill="${colour}" fill-opacity="0.7"/>`
        : `<rect x="${x}" y="${y}" width="${r * 2}" height="${r}" fill="${colour}" fill-opacity="0.6" transform="rotate(${Math.floor(rand() * 90)} ${x} ${y})"/>`,
    );
  }
  const hue = Math.floor(rand() * 360);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0.3" y2="1">
      <stop offset="0" stop-color="hsl(${hue},70%,75%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360},50%,25%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes.join('')}</svg>`;
  const grain = await noise(width, height).raw().toBuffer();
  return sharp(Buffer.from(svg))
    .composite([{ input: grain, raw: { width, height, channels: 3 }, blend: 'soft-light' }])
    .jpeg({ quality: 88 })
    .toBuffer();
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
