import type { HandlerMap } from './registry.js';
import { withProject } from './dataset-handlers.js';
import { listChannels, setChannel } from '../store/channel-map.js';

/** The project's channel map page: list, merge, split, reset (store/channel-map.ts). */
export function channelHandlers(): Partial<HandlerMap> {
  return {
    'channels.list': ({ project }) => withProject(project, (db) => ({ channels: listChannels(db) })),
    'channels.set': ({ project, name, channel }) =>
      withProject(project, (db) => {
        setChannel(db, name, channel);
        return { channels: listChannels(db) };
      }),
  };
}
