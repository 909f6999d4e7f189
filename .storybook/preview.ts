import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { extractManifestArgTypes, type Manifest } from './manifest-arg-types.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // axe-core on every story (the Accessibility panel); the story smoke test runs the same rules
    // on the story root and fails on any violation.
    a11y: { context: '#storybook-root', test: 'error' },
    docs: {
      toc: true,
      // The element's public API from custom-elements.json, one row per property, method,
      // attribute, event, slot, part and custom property (see manifest-arg-types.ts).
      extractArgTypes: (component: unknown) =>
        typeof component === 'string' ? extractManifestArgTypes({ manifest: manifest as Manifest, tag: component }) : null,
    },
  },
  tags: ['autodocs'],
};
export default preview;
