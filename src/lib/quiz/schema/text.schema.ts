import { z } from 'zod';

/** The two languages a quiz file stores: zh is zh-Hant (zh-Hans is generated from it), en is written by hand. */
export const languages = ['zh', 'en'] as const;
export type Language = (typeof languages)[number];

const howToWrite: Record<Language, string> = {
  zh: 'write the zh-Hant (Traditional Chinese) text',
  en: 'write the English text',
};

function translation(side: Language) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `missing translation: "${side}" is missing — ${howToWrite[side]}`
          : `"${side}" must be text — ${howToWrite[side]}`,
    })
    .trim()
    .min(1, `missing translation: "${side}" is empty — ${howToWrite[side]}`);
}

/** Text in both stored languages, e.g. `{ zh: 新質公安戰鬥力, en: new quality combat effectiveness }`. */
export const textSchema = z.strictObject(
  {
    /** The zh-Hant text (the paper's language); required, trimmed, not empty. zh-Hans is generated from it. */
    zh: translation('zh'),
    /** The English text; required, trimmed, not empty. */
    en: translation('en'),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type' && issue.input !== undefined
        ? 'text must be given in both languages as { zh: …, en: … } — write the zh-Hant text under zh and the English under en'
        : undefined,
  },
);
export type Text = z.infer<typeof textSchema>;
