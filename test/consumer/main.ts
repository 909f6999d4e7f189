// The consumer's page script: one chart, registered. Built with Vite and held to the size budget.
import 'policy-charts/define/effect-chart';

document.body.append(document.createElement('policy-effect-chart'));
