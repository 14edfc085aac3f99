import { IMPORT_USAGE, importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { SERVE_USAGE, serveCommand } from './commands/serve';
import { showCommand } from './commands/show';
import { createOutput, reportError } from './output';

const HELP = `furikaeri — 面接の録音を振り返る / review your interview recordings (all local)

  ${SERVE_USAGE}
  ${IMPORT_USAGE}
  furikaeri list [--json]
  furikaeri show <id> [--json]

Data folder: FURIKAERI_HOME, else the platform's user data folder. Language: FURIKAERI_LANG=en|ja.`;

const COMMANDS: Record<string, (args: string[], output: ReturnType<typeof createOutput>) => Promise<number>> = {
  serve: serveCommand,
  import: importCommand,
  list: listCommand,
  show: showCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const output = createOutput(rest.includes('--json'));
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    output.print(HELP);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    output.print('0.1.0');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    output.note(`${output.locale === 'ja' ? '不明なコマンド' : 'Unknown command'}: ${name}\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(rest, output);
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      output.note(`${error.message}\n\n${HELP}`);
      return 2;
    }
    return reportError(error, output);
  }
}
