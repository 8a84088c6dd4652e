// `hipspine assess FILE|- [--text]`: reads one exam in the findings exchange format
// (FINDINGS-FORMAT.md), runs the engine and prints the assessment as JSON (or a readable summary).
// Bad input exits 2 with a message naming the field, never a silent default.
import { readFile } from 'node:fs/promises';
import { assess } from '../../shared/engine/index';
import type { Assessment } from '../../shared/engine/index';
import { parseFindings } from '../../shared/findings/schema';
import { EXIT_BAD_INPUT, EXIT_OK, type CliCommand, type CliIo } from './io';

const USAGE = `Usage: hipspine assess FILE|- [--text]

Reads one exam in the findings format (JSON; "-" reads standard input) and prints the engine's
assessment as JSON, or a readable summary with --text.
Exit codes: 0 done; 2 unreadable file, malformed JSON or an invalid field (named in the message).`;

async function readStdin(io: CliIo): Promise<string> {
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of io.stdin) {
    chunks.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  chunks.push(decoder.decode());
  return chunks.join('');
}

/** `tests: unknown id: fadirr` → `tests.fadirr: unknown id`, so the message names the field. */
export function formatFieldErrors(errors: { path: string; message: string }[]): string[] {
  return errors.flatMap(({ path, message }) => {
    const unknown = /^unknown ids?: (.+)$/.exec(message);
    if (unknown?.[1] !== undefined) {
      const prefix = path === '(root)' ? '' : `${path}.`;
      return unknown[1].split(', ').map((key) => `${prefix}${key}: unknown id`);
    }
    return [`${path}: ${message}`];
  });
}

export function formatAssessmentText(assessment: Assessment): string {
  const { verdict } = assessment;
  const pct = (p: number): string => `${Math.round(p * 100)}%`;
  const lines = [
    `Verdict: ${verdict.primary_source}${
      verdict.contributing_sources.length > 0 ? ` (${verdict.contributing_sources.join(', ')})` : ''
    }`,
    `Urgency: ${verdict.urgency}`,
    `Referral: ${verdict.referral.to} (${verdict.referral.urgency}) — ${verdict.referral.reason}`,
    '',
    'Sources:',
    ...assessment.sources.map((source) => {
      const basis = source.evidence
        .map((row) => `${row.finding} LR ${row.lr} (${row.source})`)
        .join('; ');
      return `  ${source.id.padEnd(32)} ${pct(source.probability).padStart(4)}  prior ${pct(source.prior)}${
        source.rule_supported ? ', rule-supported' : ''
      }${basis ? ` — ${basis}` : ''}`;
    }),
    '',
    'Rules:',
    ...assessment.rules.map(
      (rule) => `  ${rule.id.padEnd(38)} ${rule.count.padEnd(5)} ${rule.note}`,
    ),
  ];
  if (assessment.red_flags.length > 0) {
    lines.push('', 'Red flags:');
    for (const flag of assessment.red_flags)
      lines.push(`  ${flag.id}: ${flag.urgency} (${flag.reason})`);
  }
  if (assessment.next_tests.length > 0) {
    lines.push('', 'Next tests:');
    for (const next of assessment.next_tests.slice(0, 5)) lines.push(`  ${next.test}: ${next.why}`);
  }
  if (assessment.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const warning of assessment.warnings) lines.push(`  - ${warning}`);
  }
  return `${lines.join('\n')}\n`;
}

export const assessCommand: CliCommand = {
  name: 'assess',
  summary: 'Assess one exam file (findings format) and print the result',
  usage: USAGE,
  async run(args, io) {
    const text = args.includes('--text');
    const files = args.filter((arg) => arg !== '--text');
    const unknownOption = files.find((arg) => arg.startsWith('--'));
    if (files.length !== 1 || unknownOption !== undefined) {
      io.stderr.write(
        `${unknownOption !== undefined ? `hipspine assess: unknown option ${unknownOption}\n` : ''}${USAGE}\n`,
      );
      return EXIT_BAD_INPUT;
    }
    const file = files[0] as string;
    let raw: string;
    try {
      raw = file === '-' ? await readStdin(io) : await readFile(file, 'utf8');
    } catch {
      io.stderr.write(`hipspine assess: cannot read ${file}\n`);
      return EXIT_BAD_INPUT;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      const detail = error instanceof Error ? error.message : 'syntax error';
      io.stderr.write(`hipspine assess: (root): not valid JSON (${detail})\n`);
      return EXIT_BAD_INPUT;
    }
    const parsed = parseFindings(json);
    if (!parsed.ok) {
      for (const line of formatFieldErrors(parsed.errors)) {
        io.stderr.write(`hipspine assess: ${line}\n`);
      }
      return EXIT_BAD_INPUT;
    }
    const assessment = assess(parsed.findings);
    io.stdout.write(
      text ? formatAssessmentText(assessment) : `${JSON.stringify(assessment, null, 2)}\n`,
    );
    return EXIT_OK;
  },
};
