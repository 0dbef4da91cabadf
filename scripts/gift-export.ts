// npm run gift:export -- <quiz.yaml> [--out file.gift] [--lang zh-Hant|en] [--force]
// Writes a quiz as Moodle GIFT; the other language rides in comment lines, so gift:import restores it all.
import { parseArgs } from 'node:util';
import { writeOutput } from './support/write-output';
import { QuizFileError } from '~/lib/quiz/file/quiz-file-error';
import { exportQuizFileToGift } from '~/lib/quiz/gift/gift-files';
import { giftLanguages, type GiftLanguage } from '~/lib/quiz/gift/gift-meta.schema';
import { readInputOrExplain } from './support/read-input';

const usage = 'usage: npm run gift:export -- <quiz.yaml> [--out file.gift] [--lang zh-Hant|en] [--force]';

function main(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        lang: { type: 'string', default: 'zh-Hant' },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`gift:export: ${(error as Error).message}\n${usage}`);
    return 1;
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1 || positionals[0] === undefined) {
    console.error(`gift:export: name one quiz file\n${usage}`);
    return 1;
  }
  const lang = values.lang;
  if (!(giftLanguages as readonly string[]).includes(lang)) {
    console.error(
      `gift:export: --lang ${lang} is not supported — use zh-Hant or en (zh-Hans is generated, not stored)`,
    );
    return 1;
  }
  const input = positionals[0];
  const text = readInputOrExplain('gift:export', input);
  if (text === undefined) return 1;
  try {
    const gift = exportQuizFileToGift(text, input, lang as GiftLanguage);
    if (values.out === undefined) process.stdout.write(gift);
    else {
      writeOutput(values.out, gift, { overwrite: values.force });
      console.error(`gift:export: wrote ${values.out} (${lang} text for Moodle; the other language in // @ lines)`);
    }
    return 0;
  } catch (error) {
    console.error(error instanceof QuizFileError ? error.message : `gift:export: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
