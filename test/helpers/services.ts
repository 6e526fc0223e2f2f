/**
 * Services for a test, as a host would create them (user paths, a workspace of its own),
 * and `call`, which unwraps the `{ok, value}` envelope or throws with the error it carried.
 */
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { ApiInput, ApiName, ApiOutput } from '@shared/api.js';
import { createServices } from '../../src-main/services/index.js';
import { userPaths } from '../../src-main/services/path-policy.js';
import { tempDir } from './cli.js';

export function testServices(prefix: string) {
  const dir = tempDir(prefix);
  const services = createServices({ workspace: join(dir, 'workspace'), host: 'web', version: 'test', paths: userPaths });
  afterAll(() => services.close());
  async function call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
    const r = await services.call(name, input);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value as ApiOutput<N>;
  }
  return { dir, services, call };
}
