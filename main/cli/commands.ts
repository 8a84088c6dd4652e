// The registered subcommands, in the order `--help` lists them. Add a command by adding its file
// and one line here.
import { assessCommand } from './assess';
import { exportCommand } from './export';
import type { CliCommand } from './io';
import { letterCommand } from './letter';

export const commands: readonly CliCommand[] = [assessCommand, exportCommand, letterCommand];
