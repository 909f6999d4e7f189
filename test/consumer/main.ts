// The consumer's page script: one chart (the org chart, the largest alone), registered and given
// data. Built with Vite and held to the one-chart size budget.
import 'policy-charts/define/org-chart';

const chart = document.createElement('policy-org-chart');
chart.data = { type: 'organization', title: '推進体制', bodies: [{ id: 'hq', name: '本部' }] };
document.body.append(chart);
