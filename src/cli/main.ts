import { Command, CommanderError } from 'commander';
import { AppError } from '../domain/errors.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { serveCommand } from './serve.js';
import { similarityCommand } from './similarity.js';
import { statsCommand } from './stats.js';

/** Runs the askdoc CLI and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('askdoc')
    .description('askdoc: a self-hostable "ask a doctor" health Q&A archive')
    .exitOverride()
    .showHelpAfterError();
  const commands = [serveCommand(), importCommand((code) => { exitCode = code; }), exportCommand(), statsCommand(), similarityCommand()];
  // Added commands do not inherit the override; without it a bad flag would exit the process.
  for (const command of commands) program.addCommand(command.exitOverride().showHelpAfterError());
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    // Users see the message of errors they can act on; anything else is a bug worth its stack.
    if (err instanceof AppError) {
      console.error(`askdoc: ${err.message}`);
      return 1;
    }
    throw err;
  }
}
