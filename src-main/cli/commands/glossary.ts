import { GLOSSARY_GROUPS, termDefinitionKey, termKey } from '@shared/glossary.js';
import type { GlossaryGroup, TermId } from '@shared/glossary.js';
import type { Command } from '../command.js';

/** The glossary the screens and the report use: every measure and model, named and defined once. */
export const glossaryCommand: Command = {
  name: 'glossary',
  usage: 'glossary [--lang zh-CN|en] [--json]',
  options: {},
  async run({ values, out }) {
    const groups = (Object.keys(GLOSSARY_GROUPS) as GlossaryGroup[]).map((group) => ({
      group,
      terms: (GLOSSARY_GROUPS[group] as readonly TermId[]).map((id) => ({ id, name: out.t(termKey(id)), definition: out.t(termDefinitionKey(id)) })),
    }));
    if (values.json) return out.json({ glossary: groups });
    for (const { group, terms } of groups) {
      out.line(out.t(`ui.glossary.group.${group}`));
      for (const term of terms) out.line(`  ${term.name}${out.lang === 'zh-CN' ? '：' : ': '}${term.definition}`);
      out.line();
    }
  },
};
