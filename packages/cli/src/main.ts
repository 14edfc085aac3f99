import { resolveDataDir, userFacingError } from '@furikaeri/server';
import { ANALYSIS_USAGE, analysisCommand } from './commands/analysis';
import { EVIDENCE_USAGE, evidenceCommand } from './commands/evidence';
import { IMPORT_USAGE, importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { MODELS_USAGE, type ModelsOverrides, modelsCommand } from './commands/models';
import { PREP_USAGE, prepCommand } from './commands/prep';
import { SERVE_USAGE, serveCommand } from './commands/serve';
import { showCommand } from './commands/show';
import { TRANSCRIPT_USAGE, transcriptCommand } from './commands/transcript';
import { verifyCommand } from './commands/verify';
import { createOutput, reportError, toleratePipeClosed } from './output';
import type { PassphraseSource } from './passphrase';

const HELP = `furikaeri — 面接の録音を振り返る / review your interview recordings (all local)

  ${SERVE_USAGE}
  ${IMPORT_USAGE}
  furikaeri list [--json]
  furikaeri show <id> [--json]
  furikaeri verify <rec_…> [--json]        exit 0 unaltered, 3 altered or cut short
  ${EVIDENCE_USAGE}
  ${MODELS_USAGE}
  ${TRANSCRIPT_USAGE}
  ${ANALYSIS_USAGE}
  ${PREP_USAGE}

Everything is encrypted with your passphrase: FURIKAERI_PASSPHRASE or --passphrase-file FILE for scripts,
otherwise you are asked. Data folder: FURIKAERI_HOME, else the platform's user data folder.
Language: FURIKAERI_LANG=en|ja. Speech models: FURIKAERI_MODELS_DIR, else <data folder>/models.`;

/** What tests may swap for the in-process entry (a model manager aimed at a local server). */
export type CliOverrides = ModelsOverrides;

type Command = (
  args: string[],
  output: ReturnType<typeof createOutput>,
  source: PassphraseSource,
  overrides: CliOverrides,
) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  import: importCommand,
  list: listCommand,
  show: showCommand,
  verify: verifyCommand,
  evidence: evidenceCommand,
  models: modelsCommand,
  transcript: transcriptCommand,
  analysis: analysisCommand,
  prep: prepCommand,
};

/** --passphrase-file works with every command, so it is taken out before the command parses its own flags. */
function takePassphraseFile(argv: string[]): { args: string[]; source: PassphraseSource } {
  const args: string[] = [];
  const source: PassphraseSource = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--passphrase-file') {
      source.file = argv[i + 1];
      i += 1;
    } else if (arg.startsWith('--passphrase-file=')) source.file = arg.slice('--passphrase-file='.length);
    else args.push(arg);
  }
  return { args, source };
}

export async function main(argv: string[], overrides: CliOverrides = {}): Promise<number> {
  toleratePipeClosed(process.stdout);
  toleratePipeClosed(process.stderr);
  const { args, source } = takePassphraseFile(argv);
  const [name, ...rest] = args;
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
    return await command(rest, output, source, overrides);
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      output.note(`${error.message}\n\n${HELP}`);
      return 2;
    }
    return reportError(userFacingError(error, resolveDataDir()), output);
  }
}
