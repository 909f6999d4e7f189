// React 19 JSX with the package's JSX types (policy-charts/types/jsx), type-checked in the
// consumer project.
import type {} from 'policy-charts/types/jsx';
import type { PolicyNodeSelectEvent } from 'policy-charts/org-chart';

export function Charts(props: { onSelect: (id: string) => void }) {
  return (
    <div>
      <policy-org-chart src="/data/governance.json" orientation="left-right" searchable onpolicy-node-select={(e: PolicyNodeSelectEvent) => props.onSelect(e.detail.id)} />
      <policy-budget-treemap src="/data/pharma-budget.json" mode="change" supplementary="with-supplementary" />
      <policy-effect-chart lang="en" theme="dark" show-table />
      {/* @ts-expect-error mode takes only its listed values */}
      <policy-budget-treemap mode="volume" />
    </div>
  );
}
