// Shared by the org layout tests (not a test file itself: the runner takes *.test.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { OrgChartLayout } from '../../src/charts/org/layout/index.js';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';

/** Pairs of boxes (`a/b`) that overlap in a layout: none in a drawing a reader can read. */
export function overlapping(layout: OrgChartLayout): string[] {
  const out: string[] = [];
  for (const a of layout.nodes) {
    for (const b of layout.nodes) {
      if (a.id < b.id && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) out.push(`${a.id}/${b.id}`);
    }
  }
  return out;
}

/** An organisation document parsed, failing the test on any issue. */
export function parseOrg(input: unknown): OrganizationDocument {
  const parsed = parseOrganization(input);
  assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.issues));
  return parsed.value;
}

/** A data/ file parsed as an organisation document. */
export const loadOrg = (file: string): OrganizationDocument => parseOrg(JSON.parse(readFileSync(`data/${file}`, 'utf8')));
