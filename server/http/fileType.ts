import { ApiError } from './errors';

/** Magic numbers: a file is what its bytes say, not what its name or header claims. */
export function imageType(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (String.fromCharCode(...bytes.slice(0, 4)) === 'RIFF' && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP')
    return 'image/webp';
  return null;
}

/** Documents of the process: PDF, office files (zip containers) and images. */
export function documentType(bytes: Uint8Array, fileName: string): string | null {
  if (String.fromCharCode(...bytes.slice(0, 5)) === '%PDF-') return 'application/pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    if (/\.docx$/i.test(fileName)) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (/\.odt$/i.test(fileName)) return 'application/vnd.oasis.opendocument.text';
    return null;
  }
  return imageType(bytes);
}

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** An optional photo from a multipart form: null when none was chosen; 413/415 when it will not do. */
export async function uploadedPhoto(value: unknown): Promise<{ bytes: Uint8Array; type: string } | null> {
  if (!(value instanceof File) || value.size === 0) return null;
  if (value.size > MAX_PHOTO_BYTES)
    throw new ApiError(413, 'too_large', 'Bilden är för stor: högst 5 MB. (Photo too large.)');
  const bytes = new Uint8Array(await value.arrayBuffer());
  const type = imageType(bytes);
  if (!type || !PHOTO_TYPES.has(type))
    throw new ApiError(415, 'unsupported_type', 'Bilden ska vara JPEG, PNG eller WebP. (Unsupported image type.)');
  return { bytes, type };
}
