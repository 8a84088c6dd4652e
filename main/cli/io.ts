// What a command may touch: its streams. Commands return an exit code instead of calling
// process.exit, so tests run them in-process and read what they printed.
export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string): unknown };
  stdin: AsyncIterable<string | Uint8Array>;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes: 0 success, 1 failure while running, 2 bad usage or bad input (the field is named). */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;
