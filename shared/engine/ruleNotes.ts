// Plain-words notes for the rules list ("met: 3/6 positive — LR+ 4.3 (Laslett 2005)").
import { RULES } from '../clinical/index';
import { countText, type RuleEvaluation } from './rules/ruleResult';

function lrText(value: number | undefined, sign: '+' | '−'): string {
  if (value === undefined) return '';
  return `LR${sign} ${Number.isFinite(value) ? value : '∞'}`;
}

export function ruleNote(rule: RuleEvaluation): string {
  const definition = RULES[rule.id];
  const detail = rule.detail === undefined ? '' : ` (${rule.detail})`;
  const figures = `${definition.source}`;
  switch (rule.status) {
    case 'not_evaluated':
    case 'voided':
      return `${rule.detail ?? rule.status}.`;
    case 'met': {
      const strong =
        rule.strong === true ? ` — strong (≥${definition.strong?.threshold ?? 4})` : '';
      const lr =
        rule.strong === true
          ? lrText(definition.strong?.lrPositive?.value, '+')
          : lrText(definition.lrPositive?.value, '+');
      return `Met: ${countText(rule)} positive${strong}${detail}. ${lr ? `${lr}, ` : ''}${figures}.`;
    }
    case 'not_met': {
      const lr = rule.allDone ? lrText(definition.lrNegative?.value, '−') : '';
      const done = rule.allDone ? 'all items recorded' : 'cannot reach the threshold';
      return `Not met: ${countText(rule)} positive, ${done}${detail}.${lr ? ` ${lr} when every item is negative or recorded, ${figures}.` : ''}`;
    }
    case 'incomplete':
      return `Incomplete: ${countText(rule)} positive, ${rule.undone} not done — treated as not met until completed${detail}.`;
  }
}
