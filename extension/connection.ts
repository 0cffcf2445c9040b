// The extension's side of connection codes: which message explains a refused code.
import type { ConnectionCodeProblem, ReadConnectionCode } from '../shared/webapp/connection-code.ts';
import type { MessageKey, Translate } from './i18n.ts';

const PROBLEM_MESSAGES: Record<Exclude<ConnectionCodeProblem, 'url'>, MessageKey> = {
  empty: 'codeEmpty',
  prefix: 'codePrefix',
  damaged: 'codeDamaged',
  incomplete: 'codeIncomplete',
};

/**
 * What the member is told about a code readConnectionCode refused: the catalogue's words, or for an address that cannot
 * be used (a /dev test address, another site) the decoder's own Swedish reason, which knows why.
 */
export function codeProblemText(refused: Extract<ReadConnectionCode, { ok: false }>, t: Translate): string {
  return refused.problem === 'url' ? refused.message : t(PROBLEM_MESSAGES[refused.problem]);
}
