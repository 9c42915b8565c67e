import sharp from 'sharp';

/** An image whose metadata cannot be stripped (truncated, or an animation too large to re-encode). */
export class UnstrippableImageError extends Error {}

/**
 * The bytes an image asset's original is stored as, since the original is served publicly (and
 * signed private URLs get shared): re-encoded in its own format with the EXIF orientation applied
 * and every metadata block dropped (EXIF with its GPS position, camera serials and dates, XMP, IPTC,
 * JPEG comments). Only the ICC colour profile is kept: it describes colours, not people, and
 * without it wide-gamut photos shift colour. Every still is re-encoded, because not every container
 * shows up in sharp's metadata (JPEG comments do not). An animation is re-encoded (all frames) only
 * when it reports metadata, within the same pixel budget over all frames; otherwise it is kept as is.
 */
export async function withoutMetadata(bytes: Buffer, mime: string, maxPixels: number): Promise<Buffer> {
  const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  const animated = (meta.pages ?? 1) > 1;
  const carriesMetadata = Boolean(
    meta.exif || meta.xmp || meta.iptc || meta.tifftagPhotoshop || meta.comments?.length,
  );
  if (animated && !carriesMetadata) return bytes;
  try {
    let image = sharp(bytes, { limitInputPixels: maxPixels, failOn: 'truncated', animated });
    if (!animated) image = image.autoOrient();
    image = image.keepIccProfile();
    switch (mime) {
      case 'image/jpeg':
        return await image.jpeg({ quality: 90 }).toBuffer();
      case 'image/png':
        return await image.png({ compressionLevel: 6, palette: meta.isPalette === true }).toBuffer();
      case 'image/webp':
        return await image.webp({ quality: 90 }).toBuffer();
      case 'image/avif':
        return await image.avif({ quality: 70, effort: 2 }).toBuffer();
      case 'image/gif':
        return await image.gif().toBuffer();
      default:
        throw new UnstrippableImageError(`no metadata-free encoding for ${mime}`);
    }
  } catch (err) {
    if (err instanceof UnstrippableImageError) throw err;
    throw new UnstrippableImageError((err as Error).message);
  }
}
