/**
 * The one photo of a provision on the social map (docs/rules/social-map.md): the organisation
 * uploads it with a description for who cannot see it; the server stores it resized, as WebP,
 * without EXIF (which may hold where and when it was taken).
 */
import { z } from 'zod';

/** Large enough for a phone's photo, small enough not to hold up the server. */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;
/** Wide enough for the page at any screen size; a wider photo only weighs more. */
export const PHOTO_MAX_WIDTH = 1200;
export const THUMBNAIL_WIDTH = 320;
/** What sharp reads and a phone or camera makes. */
export const PHOTO_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif', 'tiff'] as const;
export const ALT_TEXT_MIN = 5;
export const ALT_TEXT_MAX = 250;

/** The photo's text, one schema for the form and the API. */
export const photoAltTextSchema = z.object({
  altText: z
    .string({ message: 'Beschrijf wat er op de foto staat (de tekst bij de foto).' })
    .trim()
    .min(ALT_TEXT_MIN, {
      message: `Beschrijf in de tekst bij de foto in minstens ${ALT_TEXT_MIN} tekens wat erop staat, voor wie de foto niet kan zien.`,
    })
    .max(ALT_TEXT_MAX, {
      message: `De tekst bij de foto mag hoogstens ${ALT_TEXT_MAX} tekens lang zijn.`,
    }),
});
export type PhotoAltText = z.infer<typeof photoAltTextSchema>;

/** Scaled to at most `maxWidth` wide, never enlarged; the height keeps the proportions. */
export function scaledSize(
  width: number,
  height: number,
  maxWidth: number,
): { width: number; height: number } {
  if (width <= maxWidth) return { width, height };
  return { width: maxWidth, height: Math.max(1, Math.round((height * maxWidth) / width)) };
}

/** Why the policy officer hides a provision: the organisation reads it, so say it plainly. */
export const HIDE_REASON_MAX = 500;
