/**
 * `roi-studio <command> …` — the consultant's automation handle and the headless test
 * harness. Human text by default, one JSON document with --json; errors on stderr in
 * the user's language with a non-zero exit, and the project left unchanged.
 */
import { parseArgs } from 'node:util';
import { isLang, langFromLocale, translate } from '@shared/i18n/index.js';
import type { Lang } from '@shared/i18n/index.js';
import type { ErrorInfo } from '@shared/errors.js';
import { toErrorInfo } from '../errors.js';
import { makeOutput } from './output.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands/index.js';

function cliLang(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  const asked = at >= 0 ? argv[at + 1] : process.env.ROI_STUDIO_LANG;
  if (asked && isLang(asked)) return asked;
  return langFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}

function usage(lang: Lang): string {
  return [translate(lang, 'cli.help.usage'), '', ...COMMANDS.map((c: Command) => `  roi-studio ${c.usage}`), '', translate(lang, 'cli.help.common')].join('\n');
}

/** node:util parseArgs refusals (its messages are English) as the user's words, with the command's usage. */
function argsError(e: TypeError & { code: unknown }, usage: string): ErrorInfo {
  const quoted = /'([^' ]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { code: 'error.unknownOption', params: { option: quoted, usage } };
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return { code: 'error.optionValueMissing', params: { option: quoted, usage } };
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return { code: 'error.unexpectedArgument', params: { value: quoted, usage } };
  return { code: 'error.invalidInput', params: { detail: e.message } };
}

/**
 * `--target -1` as `--target=-1`: parseArgs takes a value that starts with a dash for an
 * option (and refuses it), but a goal's net sentiment or ROI can be negative. Only a string
 * option followed by a number is joined; `--flag -x` stays an error.
 */
export function joinNegativeValues(args: readonly string[], options: Command['options']): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = /^--([\w-]+)$/.exec(args[i])?.[1];
    const next = args[i + 1];
    if (name && options[name]?.type === 'string' && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      out.push(`${args[i]}=${next}`);
      i++;
    } else out.push(args[i]);
  }
  return out;
}

export async function main(argv: string[]): Promise<number> {
  const lang = cliLang(argv);
  const out = makeOutput(lang);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out.line(usage(lang));
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    out.error({ code: 'error.unknownCommand', params: { name, usage: usage(lang) } });
    return 2;
  }
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    const { values, positionals } = parseArgs({
      args: joinNegativeValues(rest, command.options),
      options: { ...command.options, json: { type: 'boolean' }, lang: { type: 'string' }, progress: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.progress) out.showProgressLines();
    if (values.help) {
      out.line(translate(lang, 'error.usage', { usage: command.usage }));
      return 0;
    }
    await command.run({ values, positionals, out, lang, signal: controller.signal });
    return 0;
  } catch (e) {
    out.endProgress();
    const info = e instanceof TypeError && 'code' in e ? argsError(e as TypeError & { code: unknown }, command.usage) : toErrorInfo(e);
    out.error(info);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

// `roi-studio … | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
