// npm run gift:import -- <file.gift> [--out quiz.yaml] [--module slug] [--id quiz-id] [--lang zh-Hant|en]
//                        [--skip-unsupported] [--force]
// Reads Moodle GIFT into a quiz YAML file. A file from gift:export comes back whole; any other GIFT file
// has one language, so the YAML is written with the other left empty and a list of what to fill in.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeOutput } from './support/write-output';
import { formatQuizProblem } from '~/lib/quiz/file/quiz-file-error';
import { importGiftFile } from '~/lib/quiz/gift/gift-files';
import { giftLanguages, type GiftLanguage } from '~/lib/quiz/gift/gift-meta.schema';
import { formatGiftProblem, GiftFileError } from '~/lib/quiz/gift/gift-problem';
import { readInputOrExplain } from './support/read-input';

const usage =
  'usage: npm run gift:import -- <file.gift> [--out quiz.yaml] [--module slug] [--id quiz-id] [--lang zh-Hant|en] [--skip-unsupported] [--force]';

function main(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        module: { type: 'string' },
        id: { type: 'string' },
        lang: { type: 'string', default: 'zh-Hant' },
        'skip-unsupported': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`gift:import: ${(error as Error).message}\n${usage}`);
    return 1;
  }
  const { positionals, values } = parsed;
  const input = positionals[0];
  if (positionals.length !== 1 || input === undefined) {
    console.error(`gift:import: name one GIFT file\n${usage}`);
    return 1;
  }
  if (!(giftLanguages as readonly string[]).includes(values.lang)) {
    console.error(`gift:import: --lang ${values.lang} is not supported — use zh-Hant or en`);
    return 1;
  }
  if (values.out !== undefined && !values.force && existsSync(values.out)) {
    console.error(`gift:import: ${values.out} already exists — pass --force to overwrite it`);
    return 1;
  }
  const text = readInputOrExplain('gift:import', input);
  if (text === undefined) return 1;
  try {
    const imported = importGiftFile(text, input, values.out ?? '<stdout>', {
      lang: values.lang as GiftLanguage,
      ...(values.module !== undefined && { module: values.module }),
      ...(values.id !== undefined && { id: values.id }),
      skipUnsupported: values['skip-unsupported'],
    });
    for (const problem of imported.problems) console.error(formatGiftProblem(input, problem));
    if (values.out === undefined) process.stdout.write(imported.yaml);
    else writeOutput(values.out, imported.yaml, { overwrite: values.force });
    if (values.out !== undefined) console.error(`gift:import: wrote ${values.out}`);
    if (imported.todo.length > 0) {
      console.error(`gift:import: the quiz needs ${imported.todo.length} more thing(s) before the site accepts it:`);
      for (const problem of imported.todo) console.error(`  ${formatQuizProblem(problem)}`);
    }
    return 0;
  } catch (error) {
    console.error(error instanceof GiftFileError ? error.message : `gift:import: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
