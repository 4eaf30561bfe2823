//! Chart.js bar charts for the lead's group summary, in the summary's own lazy
//! chunk (Chart.js itself is shared with Growth's chunk).
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
