import './boot';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { loadPreferences } from './lib/preferences.svelte';

// The text size first: asked before the app mounts, applied when it answers.
void loadPreferences();

mount(App, { target: document.getElementById('app')! });
