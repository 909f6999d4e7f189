import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TestChart } from './fixtures/test-chart.js';
import './fixtures/test-chart.js';


/** The computed text colour and background of the chart's title and of the host. */
const colours = (el: TestChart) => {
  const title = el.shadowRoot!.querySelector('[part="title"]')!;
  return { text: getComputedStyle(title).color, background: getComputedStyle(el).backgroundColor };
};

describe('theme tokens under print and reduced motion', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  });

  it('keeps the dark theme light-on-dark on screen', async () => {
    const el = await fixture<TestChart>(html`<test-chart theme="dark" .data=${{ title: '推進体制' }}></test-chart>`);
    expect(colours(el)).to.deep.equal({ text: 'rgb(242, 242, 242)', background: 'rgb(22, 24, 28)' });
  });

  it('prints every theme dark on white (printers drop backgrounds)', async () => {
    await emulateMedia({ media: 'print' });
    for (const theme of ['light', 'dark', 'auto']) {
      const el = await fixture<TestChart>(html`<test-chart theme=${theme} .data=${{ title: '推進体制' }}></test-chart>`);
      expect(colours(el), theme).to.deep.equal({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    }
  });

  it('hides the toolbar in print', async () => {
    await emulateMedia({ media: 'print' });
    const el = await fixture<TestChart>(html`<test-chart .data=${{ title: '推進体制' }}></test-chart>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="toolbar"]')!).display).to.equal('none');
  });

  it('sets the motion duration to 0 ms when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<TestChart>(html`<test-chart theme="dark" .data=${{ title: '推進体制' }}></test-chart>`);
    expect(getComputedStyle(el).getPropertyValue('--_motion').trim()).to.equal('0ms');
  });
});
