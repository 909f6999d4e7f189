import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvParseRows, tsvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { parseDelimitedRows } from '../../src/data/table/delimited.js';

describe('parseDelimitedRows', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    assert.deepEqual(parseDelimitedRows('a,"b,1","c""d"\r\n"e\r\nf",,\n', ','), [
      ['a', 'b,1', 'c"d'],
      ['e\r\nf', '', ''],
    ]);
  });

  it('gives the same rows as d3-dsv on random CSV and TSV text', () => {
    const text = fc.stringMatching(/^[a-c",\t\r\n 億]{0,40}$/);
    fc.assert(
      fc.property(text, (s) => {
        assert.deepEqual(parseDelimitedRows(s, ','), csvParseRows(s));
        assert.deepEqual(parseDelimitedRows(s, '\t'), tsvParseRows(s));
      }),
      { numRuns: 3000 },
    );
  });
});
