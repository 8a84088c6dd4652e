// `hipspine` entry: one table of subcommands. Each command lives in its own file.
import { EXIT_BAD_INPUT, EXIT_OK, type CliCommand, type CliIo } from './io';
import { commands } from './commands';

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText(commands));
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`hipspine: unknown command "${name}". Run "hipspine --help" for the list.\n`);
    return EXIT_BAD_INPUT;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return EXIT_OK;
  }
  return command.run(rest, io);
}

export function helpText(list: readonly CliCommand[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  const lines = list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'HipSpine Exam Assistant — command line',
    '',
    'Usage: hipspine <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "hipspine <command> --help" for a command\'s options.',
    '',
  ].join('\n');
}
