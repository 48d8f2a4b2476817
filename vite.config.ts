// Vite config for the app and the prerender (SSR) build; vitest.config.ts builds the test projects on it.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';
import { symptomIndexPlugin } from './scripts/lib/symptom-index-plugin.ts';
import { mapLayoutPlugin } from './scripts/lib/map-layout-plugin.ts';
import { helpdeskIndexPlugin } from './scripts/lib/helpdesk-index-plugin.ts';

// BASE_PATH lets the app live under a sub-path of a static host (e.g. /help/mail/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [
    react(),
    tailwindcss(),
    symptomIndexPlugin(fileURLToPath(new URL('.', import.meta.url))),
    mapLayoutPlugin(fileURLToPath(new URL('.', import.meta.url))),
    helpdeskIndexPlugin(fileURLToPath(new URL('.', import.meta.url))),
  ],
  resolve: {
    alias: {
      '@locales': fileURLToPath(new URL('./locales', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  build: {
    manifest: true,
    target: 'es2022',
    // No modulepreload polyfill in the entry (~0.5 KB gzip on every page): every browser the app targets
    // but Safari < 17 supports modulepreload, and there the modules still load, only without the head start.
    modulePreload: { polyfill: false },
  },
});
