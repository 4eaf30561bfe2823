import './boot';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { loadPreferences } from './lib/preferences.svelte';

// The text size and language first, so the first screen is drawn in them; a
// core slow to answer never keeps the app from opening (it redraws when it does).
const giveUp = new Promise((resolve) => setTimeout(resolve, 500));
await Promise.race([loadPreferences(), giveUp]);

mount(App, { target: document.getElementById('app')! });
