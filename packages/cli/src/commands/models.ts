import { ModelManager, resolveDataDir, resolveModelsDir } from '@furikaeri/server';
import type { Output } from '../output';
import { usageError } from './arguments';
import { modelsImportCommand, modelsPullCommand } from './models-install';
import { modelsListCommand } from './models-list';
import { modelsRemoveCommand, modelsVerifyCommand } from './models-maintain';

export const MODELS_USAGE =
  'furikaeri models list | pull <id> [--trust-unpinned] | import <archive|folder> [--as <id>] [--trust-unpinned] | remove <id> | verify <id>  [--json]';

/** Tests hand in a manager pointed at a local server; users always get the built-in registry. */
export interface ModelsOverrides {
  models?: () => ModelManager;
}

type Subcommand = (args: string[], output: Output, models: ModelManager) => Promise<number>;

const SUBCOMMANDS: Record<string, Subcommand> = {
  list: modelsListCommand,
  pull: modelsPullCommand,
  import: modelsImportCommand,
  remove: modelsRemoveCommand,
  verify: modelsVerifyCommand,
};

/** Speech models are public files: no passphrase is asked, the encrypted library is not opened. */
export async function modelsCommand(
  args: string[],
  output: Output,
  _source: unknown,
  overrides: ModelsOverrides = {},
): Promise<number> {
  const [name = 'list', ...rest] = args;
  const subcommand = SUBCOMMANDS[name];
  if (!subcommand) throw usageError(`使い方: ${MODELS_USAGE}`, `Usage: ${MODELS_USAGE}`);
  const models = overrides.models?.() ?? new ModelManager({ modelsDir: resolveModelsDir(resolveDataDir()) });
  return subcommand(rest, output, models);
}
