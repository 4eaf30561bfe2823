//! Chart.js with only the parts Brim draws (radar and line), registered once.
//! Colours come from the page's CSS variables so the dark theme follows.
import {
  Chart,
  RadarController,
  LineController,
  RadialLinearScale,
  LinearScale,
  CategoryScale,
  PointElement,
  LineElement,
  Filler,
  Legend,
  Tooltip,
} from 'chart.js';

Chart.register(RadarController, LineController, RadialLinearScale, LinearScale, CategoryScale, PointElement, LineElement, Filler, Legend, Tooltip);

export { Chart };

export function cssColor(name: string, fallback: string): string {
  if (typeof getComputedStyle === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Calm line colours, in order; each keeps 3:1 against its theme's background. */
const LIGHT = ['#a8461f', '#3f6e9a', '#5b7f3a', '#8a5a9c', '#9a6b12', '#2f7d7a', '#b0485f', '#6b6b6b'];
const DARK = ['#f2a57a', '#8fb8e6', '#a6cf85', '#d1a6e0', '#e6c46e', '#7fd1cc', '#f0a0b4', '#c4c4c4'];

export function series(i: number): string {
  const dark = typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches;
  const list = dark ? DARK : LIGHT;
  return list[i % list.length];
}

/** Transparent version of a "#rrggbb" colour, for radar fills. */
export function fade(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  return `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${alpha})`;
}
