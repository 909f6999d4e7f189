/**
 * The Storybook controls panel and docs table of the three chart stories: every control a reader
 * can use is described (from the stories or the element's JSDoc in custom-elements.json), and
 * `data` is an object control (Storybook's JSON tree opens only its top level), not a disabled
 * row nor a table thousands of pixels long.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { extractManifestArgTypes, type Manifest } from '../../.storybook/manifest-arg-types.js';
import budget from '../../stories/budget-treemap.stories.js';
import effect from '../../stories/effect-chart.stories.js';
import org from '../../stories/org-chart.stories.js';

interface Row {
  name?: string;
  description?: string;
  control?: unknown;
}

describe('Storybook controls of the chart stories', () => {
  let dir: string;
  let manifest: Manifest;

  before(() => {
    // The manifest as `npm run analyze` writes it (Storybook reads the same file). The analyzer
    // also writes the manifest's path into package.json, so it runs in a scratch folder holding
    // a copy of src/ (it does not follow a symbolic link to it).
    dir = mkdtempSync(join(tmpdir(), 'policy-charts-cem-'));
    cpSync(resolve('src'), join(dir, 'src'), { recursive: true });
    // Its config (which names the tags registered in src/define) imports typescript.
    cpSync(resolve('custom-elements-manifest.config.mjs'), join(dir, 'custom-elements-manifest.config.mjs'));
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'package.json'), '{}');
    const run = spawnSync(
      process.execPath,
      [resolve('node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--litelement', '--quiet', '--globs', 'src/kit/element/*.ts', 'src/charts/*/policy-*.ts', '--exclude', '**/*styles.ts'],
      { cwd: dir, encoding: 'utf8', timeout: 300_000 },
    );
    assert.equal(run.status, 0, run.stderr);
    manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as Manifest;
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const meta of [org, budget, effect]) {
    it(`${meta.component}: every control is described; data is a (collapsed) object control`, () => {
      const extracted = extractManifestArgTypes({ manifest, tag: meta.component as string });
      assert.ok(extracted, `${meta.component} is in custom-elements.json`);
      const fromManifest = extracted as Record<string, Row>;
      // What Storybook shows: the manifest's rows, overridden key by key by the story's argTypes.
      const rows: Record<string, Row> = { ...fromManifest };
      for (const [key, row] of Object.entries((meta.argTypes ?? {}) as Record<string, Row>)) rows[key] = { ...rows[key], ...row };
      const controls = Object.entries(rows).filter(([, row]) => row.control !== false);
      assert.ok(controls.length >= 5, `controls: ${controls.map(([k]) => k).join(', ')}`);
      for (const [key, row] of controls) assert.ok((row.description ?? '').trim().length > 10, `control ${key} has no description`);
      for (const arg of Object.keys(meta.args ?? {})) assert.ok(rows[arg], `arg ${arg} has a row`);
      assert.equal(rows.data?.control, 'object');
    });
  }
});
