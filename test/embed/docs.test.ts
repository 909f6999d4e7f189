/**
 * The documentation a user reads from the package or the repository: every link in README.md
 * and docs/formats.md stays inside the repository and points at a file (and heading) that
 * exists; every schema names its format's section of docs/formats.md.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../..');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6} (.+)$/gm)) {
    anchors.add(
      m[1]!
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    );
  }
  return anchors;
}

/** The targets of `[text](target)` links outside code blocks. */
function linksOf(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

function checkLinks(file: string): void {
  const path = join(ROOT, file);
  const text = readFileSync(path, 'utf8');
  const links = linksOf(text);
  assert.ok(links.length > 0, `${file} has links to check`);
  for (const link of links) {
    if (file !== 'README.md' && /^https:\/\/keepachangelog\.com\//.test(link)) continue;
    assert.doesNotMatch(link, /^[a-z]+:/i, `${file}: ${link} leaves the repository`);
    const [target, anchor] = link.split('#') as [string, string | undefined];
    const resolved = target === '' ? path : resolve(dirname(path), target);
    assert.ok(!relative(ROOT, resolved).startsWith('..'), `${file}: ${link} points outside the repository`);
    assert.ok(existsSync(resolved), `${file}: ${link} does not exist`);
    if (anchor) assert.ok(anchorsOf(readFileSync(resolved, 'utf8')).has(anchor), `${file}: no heading #${anchor} in ${target || file}`);
  }
}

describe('documentation links', () => {
  it('README.md links only to files and headings inside the repository', () => checkLinks('README.md'));
  it('docs/formats.md links only to files and headings inside the repository', () => checkLinks('docs/formats.md'));
  it('CHANGELOG.md links to files that exist', () => checkLinks('CHANGELOG.md'));

  for (const name of ['organization', 'budget', 'effect']) {
    it(`the ${name} schema has an $id and names its section of docs/formats.md`, () => {
      const schema = JSON.parse(readFileSync(join(ROOT, `data/schema/${name}.schema.json`), 'utf8')) as { $id?: string; $comment?: string };
      assert.equal(schema.$id, `urn:policy-charts:schema:${name}`);
      const anchor = /docs\/formats\.md#([\w-]+)/.exec(schema.$comment ?? '')?.[1];
      assert.ok(anchor, 'the $comment names a section');
      assert.ok(anchorsOf(readFileSync(join(ROOT, 'docs/formats.md'), 'utf8')).has(anchor), `no heading #${anchor}`);
    });
  }
});
