import { type AppContext, createAppContext, resolveDataDir } from '@furikaeri/server';

/** Opens the user's library for one command and closes it whatever happens. */
export async function withContext<T>(use: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = createAppContext({ dataDir: resolveDataDir() });
  try {
    return await use(ctx);
  } finally {
    await ctx.close();
  }
}
