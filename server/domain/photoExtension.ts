/** The file extension a static host needs to serve a photo with its type. */
export function photoExtension(type: string): string {
  return type === 'image/png' ? 'png' : type === 'image/webp' ? 'webp' : 'jpg';
}
