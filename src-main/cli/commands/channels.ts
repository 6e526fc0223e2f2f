import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { channelName } from '@shared/i18n/channels.js';
import { isDatasetKind } from '@shared/kinds.js';
import { openProject } from '../../store/project.js';
import { listChannels, setChannel } from '../../store/channel-map.js';
import { formatTable } from '../output.js';
import type { Command } from '../command.js';

/**
 * The project's channel map: every channel name with what it counts as. `--set name=channel`
 * merges a name into a channel (or, set to itself, splits it out of the channel the
 * importer put it in); `--reset name` gives it back to the importer.
 */
export const channelsCommand: Command = {
  name: 'channels',
  usage: 'channels --project p.roi [--set name=channel]… [--reset name]… [--json]',
  options: { project: { type: 'string' }, set: { type: 'string', multiple: true }, reset: { type: 'string', multiple: true } },
  async run({ values, out, lang }) {
    const project = values.project as string | undefined;
    if (!project) throw new AppError('error.flagRequired', { flag: 'project', usage: channelsCommand.usage });
    const db = openProject(resolve(project));
    const channels = (() => {
      try {
        for (const arg of (values.set as string[] | undefined) ?? []) {
          const at = arg.indexOf('=');
          const [name, channel] = [arg.slice(0, at).trim(), arg.slice(at + 1).trim()];
          if (at <= 0 || !channel) throw new AppError('error.flagFormat', { flag: 'set', format: 'name=channel', example: '淘宝直通车=Taobao', value: arg });
          setChannel(db, name, channel);
        }
        for (const name of (values.reset as string[] | undefined) ?? []) setChannel(db, name, null);
        return listChannels(db);
      } finally {
        db.close();
      }
    })();
    if (values.json) return out.json({ channels });
    // Names as written stay as written; what they count as is shown as the screens show a channel (百度 for Baidu).
    const kind = (k: string): string => (isDatasetKind(k) ? out.t(`ui.kind.${k}`) : k);
    out.line(
      formatTable([
        [out.t('cli.channels.name'), out.t('cli.channels.importer'), out.t('cli.channels.channel'), out.col('rows')],
        ...channels.map((c) => [c.name, channelName(lang, c.importer), `${channelName(lang, c.channel)}${c.mapped ? ' *' : ''}`, Object.entries(c.rows).map(([k, n]) => `${kind(k)} ${n}`).join(out.t('ui.goals.listSeparator'))]),
      ]),
    );
  },
};
