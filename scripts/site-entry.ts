// The static site's one script: Lit's hydration support first (it must load before Lit), so the
// server-rendered charts are hydrated in place rather than drawn again, then every element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../src/define.js';
