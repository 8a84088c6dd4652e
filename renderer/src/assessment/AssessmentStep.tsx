// Step 4: the full explanation — verdict, urgency and referral advice, every source with its prior
// and each LR and publication, every rule with its criteria, red flags, warnings, next tests.
import { RED_FLAGS, RULES } from '../../../shared/clinical';
import { percent } from '../ui/format';
import { evidenceLabel, lrText } from './basis';
import {
  referralTargetLabel,
  ruleName,
  sourceName,
  testName,
  URGENCY_SHORT,
  URGENCY_WORDS,
  verdictLabel,
} from './labels';
import type { Assessment } from './types';

const STATUS_WORDS: Record<string, string> = {
  met: 'met',
  not_met: 'not met',
  incomplete: 'incomplete (treated as not met)',
  voided: 'voided',
  not_evaluated: 'not evaluated',
};

export function AssessmentStep({ assessment }: { assessment: Assessment }) {
  const { verdict } = assessment;
  return (
    <section aria-labelledby="assessment-h" className="assessment-step">
      <h2 id="assessment-h">Assessment</h2>
      <div className="verdict-box">
        <p className="verdict-big">
          {verdictLabel(verdict.primary_source)}
          {verdict.contributing_sources.length > 0 &&
            verdict.primary_source !== verdict.contributing_sources[0] &&
            ` (${verdict.contributing_sources.map((id) => sourceName(id)).join(', ')})`}
        </p>
        <p>
          <strong>Red-flag urgency:</strong>{' '}
          {verdict.urgency === 'none'
            ? 'none — no red flag listed'
            : URGENCY_WORDS[verdict.urgency]}
        </p>
        <p>
          <strong>
            Referral advice ({URGENCY_SHORT[verdict.referral.urgency].toLowerCase()}):
          </strong>{' '}
          {referralTargetLabel(verdict.referral.to)} — {verdict.referral.reason}
        </p>
        <p className="status-line">Engine {assessment.engine_version}</p>
      </div>

      <h3>Sources</h3>
      <table className="explain-table">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Probability</th>
            <th scope="col">Starts from</th>
            <th scope="col">Evidence (LR and source)</th>
          </tr>
        </thead>
        <tbody>
          {assessment.sources.map((source) => (
            <tr key={source.id}>
              <th scope="row">
                {sourceName(source.id)}
                {source.rule_supported && <span className="support-mark"> ✓ rule-supported</span>}
              </th>
              <td className="num">{percent(source.probability)}</td>
              <td>
                {percent(source.prior)} — {source.prior_basis}
              </td>
              <td>
                {source.evidence.length === 0
                  ? 'none yet'
                  : source.evidence.map((row) => (
                      <div key={`${row.family}-${row.finding}`}>
                        {evidenceLabel(row, assessment.rules)}: {lrText(row)} ({row.source})
                      </div>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Rules</h3>
      <table className="explain-table">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Count</th>
            <th scope="col">Status</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          {assessment.rules.map((rule) => (
            <tr key={rule.id}>
              <th scope="row">
                {ruleName(rule.id)}
                <div className="status-line">{RULES[rule.id].source}</div>
              </th>
              <td className="num">{rule.count}</td>
              <td>{STATUS_WORDS[rule.status] ?? rule.status}</td>
              <td>{rule.note}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {assessment.red_flags.length > 0 && (
        <>
          <h3>Red flags</h3>
          <ul>
            {assessment.red_flags.map((flag) => (
              <li key={flag.id}>
                <strong>{RED_FLAGS[flag.id].suspected}</strong> — {URGENCY_WORDS[flag.urgency]}.{' '}
                {flag.reason} ({RED_FLAGS[flag.id].source})
              </li>
            ))}
          </ul>
        </>
      )}
      {assessment.suggested_red_flags.length > 0 && (
        <>
          <h3>Flags the findings suggest (not counted until you answer them)</h3>
          <ul>
            {assessment.suggested_red_flags.map((flag) => (
              <li key={flag.id}>
                {RED_FLAGS[flag.id].suspected}: {flag.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {assessment.warnings.length > 0 && (
        <>
          <h3>Warnings</h3>
          <ul>
            {assessment.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      )}
      {assessment.next_tests.length > 0 && (
        <>
          <h3>Next tests</h3>
          <ol>
            {assessment.next_tests.slice(0, 5).map((next) => (
              <li key={next.test}>
                <strong>{testName(next.test)}</strong> — {next.why}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
