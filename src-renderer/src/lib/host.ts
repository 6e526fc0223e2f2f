/**
 * The host the page runs in, behind one interface: the Electron window (window.api and
 * window.desktop from the preload) or the browser host (HTTP, server-sent events, uploads).
 */
import type { ApiClient, JobEvent } from '@shared/api.js';
import { CALL_NAMES } from './api-names.js';
import type { ApiName } from '@shared/api.js';
import { ApiError, toErrorInfo } from './api-error.js';
import { createHttpClient } from './http-client.js';
import { uploadFile } from './upload.js';
import './desktop-bridge.js';

export interface Host {
  kind: 'electron' | 'web';
  api: ApiClient;
  onJobEvent(listener: (event: JobEvent) => void): () => void;
  /** Resolves once job events flow: start a job only then, or its first events could be missed. */
  eventsReady(): Promise<void>;
  /** A path the services can read for a file the user chose or dropped (uploads it in the browser). */
  fileToPath(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<string>;
  /**
   * The page is done with a path fileToPath gave: the browser host deletes its upload
   * (clients' data must not linger); a desktop path is the user's own file and stays.
   */
  releaseFile(path: string): Promise<void>;
  /** Only the desktop window has a system file dialog. */
  chooseProjectFile?: () => Promise<string | null>;
}

/** The token the web host put into the page (a meta tag), else the one in the address. */
function pageToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="roi-token"]')?.content;
  return meta || new URLSearchParams(location.search).get('token') || '';
}

function webHost(): Host {
  const token = pageToken();
  // The address bar need not show the token; reloading works with the page cookie.
  if (location.search.includes('token=')) history.replaceState(null, '', location.pathname);
  const listeners = new Set<(event: JobEvent) => void>();
  const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  const opened = new Promise<void>((resolve) => source.addEventListener('open', () => resolve(), { once: true }));
  source.onmessage = (message: MessageEvent<string>) => {
    const event = JSON.parse(message.data) as JobEvent;
    for (const listener of listeners) listener(event);
  };
  const api = createHttpClient(token);
  return {
    kind: 'web',
    api,
    onJobEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    eventsReady: () => opened,
    fileToPath: (file, onProgress, signal) => uploadFile(file, token, onProgress, signal),
    releaseFile: async (path) => {
      await api['upload.discard']({ file: path });
    },
  };
}

/** window.api with its rejections turned back into ApiErrors (see the preload). */
function wrapDesktopApi(api: ApiClient): ApiClient {
  const client: Partial<Record<ApiName, (input: unknown) => Promise<unknown>>> = {};
  for (const name of CALL_NAMES) {
    const call = api[name] as (input: unknown) => Promise<unknown>;
    client[name] = (input) =>
      call(input).catch((e: unknown) => {
        throw new ApiError(toErrorInfo(e));
      });
  }
  return client as ApiClient;
}

function desktopHost(api: ApiClient, desktop: NonNullable<Window['desktop']>): Host {
  return {
    kind: 'electron',
    api: wrapDesktopApi(api),
    onJobEvent: (listener) => desktop.onJobEvent(listener),
    eventsReady: () => Promise.resolve(),
    fileToPath: async (file, onProgress) => {
      onProgress(1);
      return desktop.pathForFile(file);
    },
    releaseFile: () => Promise.resolve(),
    chooseProjectFile: () => desktop.chooseProjectFile(),
  };
}

export function detectHost(): Host {
  return window.api && window.desktop ? desktopHost(window.api, window.desktop) : webHost();
}
