import type { TFunction } from 'i18next';
import type { ImportProblemKind, ImportWarningKind } from '../../../shared/import/normalize-text.ts';

/**
 * An import's refusal or warning as the interface shows it. Main words each one for its file in
 * English (`import-messages.ts`: the file's name, what is wrong and what to do), and English shows
 * that sentence as it is. The Hindi interface shows the same advice by kind, in Hindi, so a refused
 * file never leaves a Hindi user with an English sentence.
 */
export function importProblemText(t: TFunction, language: string, problem: { readonly kind: ImportProblemKind | 'canceled'; readonly message: string }): string {
  // A stopped import is not a problem with the file: the text stays as it was.
  if (problem.kind === 'canceled') return t('importing.stopped');
  return language === 'hi' ? t(`importing.problems.${problem.kind}`) : problem.message;
}

export function importWarningText(t: TFunction, language: string, warning: { readonly kind: ImportWarningKind; readonly message: string }): string {
  return language === 'hi' ? t(`importing.warnings.${warning.kind}`) : warning.message;
}
