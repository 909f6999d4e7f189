// kit/lazy-map: values worked out on first get, all of them only when iterated or counted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LazyMap } from '../../src/kit/lazy-map.js';

describe('LazyMap', () => {
  it('works out a value on its first get only, and none for an unknown key', () => {
    const made: string[] = [];
    const map = new LazyMap(() => ['a', 'b', 'c'], (key) => (key === 'x' ? undefined : (made.push(key), key.toUpperCase())));
    assert.equal(map.get('b'), 'B');
    assert.equal(map.get('b'), 'B');
    assert.equal(map.get('x'), undefined);
    assert.equal(map.has('x'), false);
    assert.deepEqual(made, ['b']);
  });

  it('works out every value when iterated or counted, each once', () => {
    const made: string[] = [];
    const map = new LazyMap(() => ['a', 'b', 'c'], (key) => (made.push(key), key.toUpperCase()));
    map.get('c');
    assert.equal(map.size, 3);
    assert.deepEqual(new Map(map), new Map([['a', 'A'], ['b', 'B'], ['c', 'C']]));
    assert.deepEqual([...map.values()].sort(), ['A', 'B', 'C']);
    assert.deepEqual(made.sort(), ['a', 'b', 'c']);
  });
});
