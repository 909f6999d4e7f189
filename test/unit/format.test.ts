import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatPercent,
  formatYen,
} from '../../src/format/number.js';
import {
  formatCount,
  formatFraction,
  formatNumber,
  formatPoints,
  formatRatio,
} from '../../src/format/counts.js';
import { chooseContentLocale } from '../../src/format/locale.js';

const ja = { locale: 'ja' } as const;
const en = { locale: 'en' } as const;
const M = '\u2212';

describe('formatYen (ja, automatic unit)', () => {
  it('writes whole tenths of 億 in 億円 with one decimal, as the slides do', () => {
    assert.equal(formatYen(4_910_000_000, ja), '49.1億円');
    assert.equal(formatYen(2_000_000_000, ja), '20.0億円');
    assert.equal(formatYen(30_000_000, ja), '0.3億円');
    assert.equal(formatYen(70_000_000, ja), '0.7億円');
    assert.equal(formatYen(1_800_000_000, ja), '18.0億円');
  });

  it('composes 億 and 万 when the amount is not a whole tenth of 億', () => {
    assert.equal(formatYen(456_320_000, ja), '4億5,632万円');
    assert.equal(formatYen(633_676_000, ja), '6億3,368万円'); // rounded to the 万
    assert.equal(formatYen(405_000_000, ja), '4億500万円');
  });

  it('composes 兆 and 億 from 1兆', () => {
    assert.equal(formatYen(1_234_500_000_000, ja), '1兆2,345億円');
    assert.equal(formatYen(2_000_000_000_000, ja), '2兆円');
  });

  it('uses 万円 under 1億 and plain yen under 1万', () => {
    assert.equal(formatYen(49_990_000, ja), '4,999万円');
    assert.equal(formatYen(126_000, ja), '13万円');
    assert.equal(formatYen(1_000, ja), '1,000円');
    assert.equal(formatYen(0, ja), '0円');
  });

  it('uses the true minus for negative amounts', () => {
    assert.equal(formatYen(-240_000_000, ja), `${M}2.4億円`);
    assert.equal(formatYen(-456_320_000, ja), `${M}4億5,632万円`);
  });

  it('honours digits', () => {
    assert.equal(formatYen(2_000_000_000, { locale: 'ja', digits: 0 }), '20億円');
    assert.equal(formatYen(4_560_000_000, { locale: 'ja', digits: 2 }), '45.60億円');
  });
});

describe('formatYen (given unit)', () => {
  it('writes the amount in that unit', () => {
    assert.equal(formatYen(456_320_000, { locale: 'ja', unit: '千円' }), '456,320千円');
    assert.equal(formatYen(456_320_000, { locale: 'ja', unit: '億円' }), '4.5632億円');
    assert.equal(formatYen(4_910_000_000, { locale: 'ja', unit: '億円' }), '49.1億円');
    assert.equal(formatYen(2_000_000_000, { locale: 'ja', unit: '億円' }), '20.0億円');
    assert.equal(formatYen(456_320_000, { locale: 'ja', unit: '億円', digits: 1 }), '4.6億円');
    assert.equal(formatYen(1_000, { locale: 'ja', unit: '円' }), '1,000円');
    assert.equal(formatYen(456_320_000, { locale: 'en', unit: '千円' }), '¥456,320 thousand');
  });
});

describe('formatYen (en)', () => {
  it('uses million, billion, trillion', () => {
    assert.equal(formatYen(4_910_000_000, en), '¥4.91 billion');
    assert.equal(formatYen(456_320_000, en), '¥456.32 million');
    assert.equal(formatYen(1_234_500_000_000, en), '¥1.2345 trillion');
    assert.equal(formatYen(2_000_000_000, en), '¥2 billion');
    assert.equal(formatYen(1_000, en), '¥1,000');
    assert.equal(formatYen(-240_000_000, en), `${M}¥240 million`);
    assert.equal(formatYen(4_910_000_000, { locale: 'en', digits: 1 }), '¥4.9 billion');
  });
});

describe('formatPercent', () => {
  it('formats shares', () => {
    assert.equal(formatPercent(0.764, ja), '76.4%');
    assert.equal(formatPercent(0.764, en), '76.4%');
    assert.equal(formatPercent(0.275, ja), '27.5%');
    assert.equal(formatPercent(-0.024, ja), `${M}2.4%`);
    assert.equal(formatPercent(-0.031, en), `${M}3.1%`);
    assert.equal(formatPercent(1, ja), '100.0%');
    assert.equal(formatPercent(0.5, { locale: 'ja', digits: 0 }), '50%');
  });

  it('does not sign a value that rounds to zero', () => {
    assert.equal(formatPercent(-0.0001, ja), '0.0%');
  });
});

describe('formatPoints', () => {
  it('formats signed differences', () => {
    assert.equal(formatPoints(48.9, ja), '+48.9ポイント');
    assert.equal(formatPoints(48.9, en), '+48.9 pts');
    assert.equal(formatPoints(-0.7, ja), `${M}0.7ポイント`);
    assert.equal(formatPoints(-0.7, en), `${M}0.7 pts`);
    assert.equal(formatPoints(48.9, { locale: 'ja', signed: false }), '48.9ポイント');
    assert.equal(formatPoints(0, ja), '0.0ポイント');
  });
});

describe('formatRatio', () => {
  it('formats ratios', () => {
    assert.equal(formatRatio(2.778, ja), '2.8倍');
    assert.equal(formatRatio(2.778, en), '2.8×');
    assert.equal(formatRatio(2, { locale: 'ja', digits: 0 }), '2倍');
  });
});

describe('formatCount', () => {
  it('uses 万/億 in ja', () => {
    assert.equal(formatCount(4_000_000, ja), '400万');
    assert.equal(formatCount(200_000_000, ja), '2億');
    assert.equal(formatCount(23, ja), '23');
    assert.equal(formatCount(4_000_000, { locale: 'ja', unit: '人' }), '400万人');
    assert.equal(formatCount(123_450_000, ja), '1億2,345万');
    assert.equal(formatCount(12_345, ja), '12,345');
  });

  it('uses million in en', () => {
    assert.equal(formatCount(4_000_000, en), '4 million');
    assert.equal(formatCount(200_000_000, en), '200 million');
    assert.equal(formatCount(23, en), '23');
    assert.equal(formatCount(1_500_000, en), '1.5 million');
    assert.equal(formatCount(4_000_000, { locale: 'en', unit: 'people' }), '4 million people');
    assert.equal(formatCount(1_234_567, en), '1,234,567');
  });
});

describe('formatNumber', () => {
  it('groups and uses the true minus', () => {
    assert.equal(formatNumber(1234567, ja), '1,234,567');
    assert.equal(formatNumber(-1234.5, en), `${M}1,234.5`);
    assert.equal(formatNumber(3.14159, { locale: 'en', digits: 2 }), '3.14');
    assert.equal(formatNumber(2, { locale: 'ja', digits: 1 }), '2.0');
  });
});

describe('formatFraction', () => {
  it('formats one in N', () => {
    assert.equal(formatFraction(3_000_000, ja), '300万分の1');
    assert.equal(formatFraction(3_000_000, en), '1/3,000,000');
  });
});

describe('chooseContentLocale', () => {
  it('takes the element\'s own lang, else the data\'s (ja or en), else the page\'s', () => {
    assert.equal(chooseContentLocale({ own: 'en', data: 'ja', inherited: 'ja' }), 'en');
    assert.equal(chooseContentLocale({ own: 'ja-JP', data: 'en', inherited: 'en' }), 'ja');
    assert.equal(chooseContentLocale({ own: null, data: 'en', inherited: 'ja' }), 'en');
    assert.equal(chooseContentLocale({ own: '', data: 'en-GB', inherited: 'ja' }), 'en');
    assert.equal(chooseContentLocale({ data: 'ja', inherited: 'en' }), 'ja');
    // A language the library does not speak leaves the page's.
    assert.equal(chooseContentLocale({ data: 'fr', inherited: 'en' }), 'en');
    assert.equal(chooseContentLocale({ inherited: 'en' }), 'en');
  });
});
