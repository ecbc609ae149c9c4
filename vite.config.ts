import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Four pages: the game (index.html), the instructor's page (instructor.html), and live play: the player's
// page (live.html) and the instructor's live console (console.html).
// Phaser goes into a chunk of its own (phaser-*.js) so the project's own code can be measured apart.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        instructor: resolve(import.meta.dirname, 'instructor.html'),
        live: resolve(import.meta.dirname, 'live.html'),
        console: resolve(import.meta.dirname, 'console.html'),
      },
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
