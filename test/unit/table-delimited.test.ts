import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDelimitedRows } from '../../src/data/table/delimited.js';

describe('parseDelimitedRows', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    assert.deepEqual(parseDelimitedRows('a,"b,1","c""d"\r\n"e\r\nf",,\n', ','), [
      ['a', 'b,1', 'c"d'],
      ['e\r\nf', '', ''],
    ]);
  });

  it('reads TSV with tabs inside quotes and a CR-only line end', () => {
    assert.deepEqual(parseDelimitedRows('名称\t金額\r"a\tb"\t49.1億円', '\t'), [
      ['名称', '金額'],
      ['a\tb', '49.1億円'],
    ]);
  });
});
