import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HeldCalls } from '../../src/kit/held-calls.js';
import { lazyPart } from '../../src/kit/lazy-part.js';

describe('HeldCalls', () => {
  it('holds calls made before the code arrives and runs them in order when it does, then runs at once', async () => {
    const part = lazyPart(async () => ({ name: 'code' }));
    const held = new HeldCalls(part);
    const seen: string[] = [];
    assert.equal(held.run((c) => seen.push(`1 ${c.name}`)), true);
    assert.equal(held.run((c) => seen.push(`2 ${c.name}`)), true);
    assert.equal(held.holding, true);
    await part.load();
    assert.deepEqual(seen, ['1 code', '2 code']);
    assert.equal(held.holding, false);
    assert.equal(held.run((c) => seen.push(`3 ${c.name}`)), false);
    assert.deepEqual(seen, ['1 code', '2 code', '3 code']);
  });

  it('drops the held calls when the code fails to load', async () => {
    const part = lazyPart<{ name: string }>(() => Promise.reject(new Error('offline')));
    const held = new HeldCalls(part);
    const seen: string[] = [];
    held.run((c) => seen.push(c.name));
    await part.load().catch(() => undefined);
    await Promise.resolve();
    assert.equal(held.holding, false);
    assert.deepEqual(seen, []);
  });
});
