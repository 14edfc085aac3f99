import { type AppContext, createAppContext, type MasterKey, resolveDataDir, Vault } from '@furikaeri/server';
import type { Output } from './output';
import { type PassphraseSource, readPassphrase } from './passphrase';

/**
 * Opens the user's encrypted library for one command and closes it (and wipes the keys) whatever happens.
 * The first command on a new data folder creates the vault and shows the recovery key once.
 */
export async function withContext<T>(
  source: PassphraseSource,
  output: Output,
  use: (ctx: AppContext) => Promise<T>,
): Promise<T> {
  const dataDir = resolveDataDir();
  const masterKey = await openVault(new Vault(dataDir), source, output);
  const ctx = createAppContext({ dataDir, masterKey });
  try {
    return await use(ctx);
  } finally {
    await ctx.close();
    masterKey.destroy();
  }
}

async function openVault(vault: Vault, source: PassphraseSource, output: Output): Promise<MasterKey> {
  const ja = output.locale === 'ja';
  if (vault.exists()) return vault.unlock(await readPassphrase(source, ja ? 'パスフレーズ: ' : 'Passphrase: '));
  const passphrase = await readPassphrase(
    source,
    ja ? '新しいパスフレーズ（データを暗号化します）: ' : 'New passphrase (encrypts your data): ',
  );
  if (!source.file && !process.env.FURIKAERI_PASSPHRASE) {
    const again = await readPassphrase(source, ja ? 'もう一度: ' : 'Again: ');
    if (again !== passphrase) throw new Error(ja ? 'パスフレーズが一致しません' : 'The passphrases do not match');
  }
  const { masterKey, recoveryKey } = await vault.create(passphrase);
  output.note(
    ja
      ? `\n保管庫を作成しました。回復キー（一度だけ表示します。紙に書いて安全な場所へ）:\n\n    ${recoveryKey}\n\nパスフレーズと回復キーの両方を失うと、データは二度と開けません。\n`
      : `\nVault created. Recovery key (shown once — write it down and keep it safe):\n\n    ${recoveryKey}\n\nIf you lose both the passphrase and this key, your data cannot be opened again.\n`,
  );
  return masterKey;
}
