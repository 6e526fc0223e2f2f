/** A file the services produced (base64 over the API) saved as a download. */
import { downloadUrl } from '../lib/download.js';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function saveBase64(fileName: string, mime: string, base64: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: mime }));
  downloadUrl(fileName, url);
  // The click has handed the blob to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
