/**
 * The typed API over HTTP (the browser host): `POST /api/<name>` with a JSON body and
 * the per-launch token, the Result envelope back. Same interface as Electron's window.api.
 */
import { CALL_NAMES } from './api-names.js';
import type { ApiClient, ApiName, ApiResponse } from '@shared/api.js';
import { ApiError } from './api-error.js';

async function post(name: ApiName, input: unknown, token: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch (e) {
    throw new ApiError({ code: 'ui.error.connection', params: { detail: e instanceof Error ? e.message : String(e) } });
  }
  let envelope: ApiResponse<ApiName>;
  try {
    envelope = (await response.json()) as ApiResponse<ApiName>;
  } catch {
    throw new ApiError({ code: 'ui.error.connection', params: { detail: `HTTP ${response.status}` } });
  }
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}

export function createHttpClient(token: string): ApiClient {
  const client: Partial<Record<ApiName, (input: unknown) => Promise<unknown>>> = {};
  for (const name of CALL_NAMES) client[name] = (input) => post(name, input, token);
  return client as ApiClient;
}
