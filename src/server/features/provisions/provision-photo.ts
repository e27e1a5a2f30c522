/**
 * Resizing a provision's photo on upload (docs/rules/social-map.md): whatever the camera made
 * becomes a WebP of at most PHOTO_MAX_WIDTH px wide and a small thumbnail, turned upright, with
 * no metadata (sharp drops EXIF, and with it where and when the photo was taken).
 */
import sharp from 'sharp';
import {
  PHOTO_FORMATS,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_WIDTH,
  THUMBNAIL_WIDTH,
  scaledSize,
} from '../../../domain/social-map/photo.ts';
import { SOCIAL_MAP_PATH } from '../../platform/public-html.ts';
import { AppError } from '../../platform/errors.ts';

export interface ResizedPhoto {
  image: Buffer;
  width: number;
  height: number;
  thumbnail: Buffer;
}

const notAPhoto = () =>
  new AppError('VALIDATION_FAILED', {
    fields: [
      {
        path: 'photo',
        message:
          'De foto is geen afbeelding die wij kunnen lezen. Kies een JPEG-, PNG- of WebP-bestand.',
      },
    ],
  });

/** Refuses what is not an image (or too large), and resizes what is. */
export async function resizePhoto(data: Buffer): Promise<ResizedPhoto> {
  if (data.length > PHOTO_MAX_BYTES) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        {
          path: 'photo',
          message: `De foto is te groot: hoogstens ${PHOTO_MAX_BYTES / 1024 / 1024} MB.`,
        },
      ],
    });
  }
  let format: string | undefined;
  let width: number | undefined;
  let height: number | undefined;
  let orientation: number | undefined;
  try {
    // A decompression bomb (a small file of a huge image) stops at sharp's pixel limit.
    ({ format, width, height, orientation } = await sharp(data).metadata());
  } catch {
    throw notAPhoto();
  }
  if (!format || !(PHOTO_FORMATS as readonly string[]).includes(format) || !width || !height) {
    throw notAPhoto();
  }
  // Orientations 5 to 8 are turned a quarter: width and height change places.
  const upright =
    orientation && orientation >= 5 ? { width: height, height: width } : { width, height };
  const size = scaledSize(upright.width, upright.height, PHOTO_MAX_WIDTH);
  try {
    const [image, thumbnail] = await Promise.all([
      sharp(data).rotate().resize({ width: size.width }).webp({ quality: 80 }).toBuffer(),
      sharp(data)
        .rotate()
        .resize({ width: Math.min(THUMBNAIL_WIDTH, size.width) })
        .webp({ quality: 70 })
        .toBuffer(),
    ]);
    return { image, thumbnail, ...size };
  } catch {
    throw notAPhoto();
  }
}

/** The photo's public addresses; the upload moment in the query lets browsers keep it long. */
export function photoPaths(provisionId: string, uploadedAt: Date) {
  const version = `?v=${uploadedAt.getTime()}`;
  return {
    url: `${SOCIAL_MAP_PATH}/${provisionId}/foto.webp${version}`,
    thumbnailUrl: `${SOCIAL_MAP_PATH}/${provisionId}/foto-klein.webp${version}`,
  };
}
