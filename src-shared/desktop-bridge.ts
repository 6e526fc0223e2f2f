/**
 * What the Electron preload exposes besides the typed API (`window.api`): the host
 * capabilities only a desktop window has. The preload checks its object against this
 * interface with `satisfies`; in the browser `window.desktop` is undefined.
 */
import type { JobEvent } from './api.js';

export interface DesktopBridge {
  /** The path of a file the user dropped or chose (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string;
  onJobEvent(listener: (event: JobEvent) => void): () => void;
  /** Opens an https link in the system browser (checked in the main process). */
  openExternal(url: string): Promise<void>;
  /** The system "open file" dialog for a project file; null when cancelled. */
  chooseProjectFile(): Promise<string | null>;
}
