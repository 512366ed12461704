import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Workspace packages are compiled from source so the console never runs a stale build of the contract.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: {
    alias: {
      '@govopen/contracts': path.resolve(__dirname, '../../packages/contracts/src/index.ts'),
      '@govopen/domain': path.resolve(__dirname, '../../packages/domain/src/index.ts'),
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // No antd chunk: held together it was 1.3 MB on every page, the sign-in page using a fifth of it. Left to Rollup,
      // each antd component lands with the pages that import it (shared ones in a common chunk). React changes less
      // often than our code, so it keeps a chunk browsers can hold across releases.
      output: { manualChunks: { react: ['react', 'react-dom', 'react-router-dom'] } },
    },
  },
});
