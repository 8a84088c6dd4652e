// `hipspine letter FILE -o OUT.pdf`: the referral letter of one encounter export (the findings
// format plus patient, clinician, clinic and referral blocks, and signed_at). The same FILE always
// gives the same bytes. Bad input exits 2 naming the field; characters no shipped font can draw
// are reported on stderr (they print as their code, never as an empty box).
import { readFile, writeFile } from 'node:fs/promises';
import { parseEncounterExport } from '../../shared/domain/exportRecord';
import { assess } from '../../shared/engine/index';
import { findUndrawableInRecord } from '../pdf/undrawable';
import { LetterInputError } from '../pdf/letterInput';
import { renderLetterWithInfo } from '../pdf/letter';
import { formatFieldErrors } from './assess';
import { EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, type CliCommand } from './io';

const USAGE = `Usage: hipspine letter FILE -o OUT.pdf

Writes the referral letter (PDF) of one encounter export: the findings format plus "patient",
"clinician", "clinic", "referral" and "signed_at". Uses the assessment stored in the file, or
runs the engine when it is null. The same FILE always gives byte-identical output.
Exit codes: 0 written; 1 could not write OUT; 2 unreadable file, malformed JSON or an invalid
field (named in the message).`;

function parseArgs(args: string[]): { file: string; out: string } | null {
  const rest = [...args];
  let out: string | undefined;
  const files: string[] = [];
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === '-o' || arg === '--out') {
      const value = rest.shift();
      if (value === undefined) return null;
      out = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return null;
    } else {
      files.push(arg);
    }
  }
  const file = files[0];
  return files.length === 1 && file !== undefined && out !== undefined ? { file, out } : null;
}

export const letterCommand: CliCommand = {
  name: 'letter',
  summary: 'Write the referral letter (PDF) of an encounter export',
  usage: USAGE,
  async run(args, io) {
    const parsedArgs = parseArgs(args);
    if (parsedArgs === null) {
      io.stderr.write(`${USAGE}\n`);
      return EXIT_BAD_INPUT;
    }
    const { file, out } = parsedArgs;
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      const unreadable = error instanceof Error && 'code' in error;
      io.stderr.write(
        unreadable
          ? `hipspine letter: cannot read ${file}\n`
          : `hipspine letter: (root): not valid JSON\n`,
      );
      return EXIT_BAD_INPUT;
    }
    const parsed = parseEncounterExport(json);
    if (!parsed.ok) {
      // zod words unknown keys as 'Unrecognized key: "x"'; the CLI names them as assess does.
      const errors = parsed.errors.map(({ path, message }) => {
        const keys = /^Unrecognized keys?: (.+)$/.exec(message)?.[1];
        if (keys === undefined) return { path, message };
        return { path, message: `unknown ids: ${keys.replace(/"/g, '')}` };
      });
      for (const line of formatFieldErrors(errors)) {
        io.stderr.write(`hipspine letter: ${line}\n`);
      }
      return EXIT_BAD_INPUT;
    }
    const record = parsed.record;
    for (const problem of findUndrawableInRecord(record)) {
      io.stderr.write(
        `hipspine letter: warning: ${problem.field}: ${problem.codePoints.join(', ')} cannot be drawn with the shipped fonts (printed as its code)\n`,
      );
    }
    let letter;
    try {
      letter = await renderLetterWithInfo({
        record,
        assessment: record.assessment ?? assess(record),
      });
    } catch (error) {
      if (error instanceof LetterInputError) {
        io.stderr.write(`hipspine letter: ${error.field}: ${error.message}\n`);
        return EXIT_BAD_INPUT;
      }
      throw error;
    }
    try {
      await writeFile(out, letter.pdf);
    } catch {
      io.stderr.write(`hipspine letter: cannot write ${out}\n`);
      return EXIT_FAILURE;
    }
    io.stdout.write(`${out}: ${letter.pageCount} page(s), sha256 ${letter.sha256}\n`);
    return EXIT_OK;
  },
};
