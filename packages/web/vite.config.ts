import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

/**
 * The built UI is served by the local server (packages/server) from `dist/`, under a strict CSP:
 * no inline script or style, so everything is bundled into files. `npm run dev` proxies /api to a
 * running `furikaeri serve`; set FURIKAERI_TOKEN to the token it printed (sent as a Bearer header).
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, '.', 'FURIKAERI_');
  const apiTarget = env.FURIKAERI_API ?? 'http://127.0.0.1:4280';
  const devToken = env.FURIKAERI_TOKEN;
  return {
    plugins: [react()],
    base: '/',
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      // Inlined assets would become data: URLs; keep every asset a real file served by 'self'.
      assetsInlineLimit: 0,
    },
    server: {
      proxy: {
        '/api': {
          target: apiTarget,
          changeOrigin: true,
          configure(proxy) {
            proxy.on('proxyReq', (request) => {
              request.removeHeader('origin');
              if (devToken) request.setHeader('authorization', `Bearer ${devToken}`);
            });
          },
        },
      },
    },
  };
});
