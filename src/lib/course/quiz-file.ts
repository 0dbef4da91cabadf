import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** True when the module has a quiz file, src/content/quizzes/<slug>.yaml; only then does its page link a quiz. */
export function hasQuizFile(module: string, root: string = process.cwd()): boolean {
  return existsSync(join(root, 'src/content/quizzes', `${module}.yaml`));
}
