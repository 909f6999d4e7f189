/**
 * The page's web fonts, embedded into an SVG before it is drawn as an image: an SVG in an
 * `<img>` (or drawn onto a canvas) loads no external resource, so its text would fall back to
 * a system font. Browser-only.
 */

/** Fetched font files as `data:` URLs, by absolute URL (a page exports many times). */
const cache = new Map<string, Promise<string | undefined>>();

const unquote = (name: string) => name.trim().replace(/^['"]|['"]$/g, '').toLowerCase();

/** The font family names an SVG's styles name (`font-family` in attributes and style sheets). */
function usedFamilies(svg: string): Set<string> {
  const text = svg.replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'");
  const families = new Set<string>();
  // Over-reading (up to the end of a tag) only adds names no face has.
  for (const match of text.matchAll(/font-family\s*[:=]\s*([^;}>]*)/g)) {
    for (const name of match[1]!.split(',')) if (name.trim()) families.add(unquote(name));
  }
  return families;
}

/** Whether a face's `unicode-range` (empty: every character) covers any of `codes`. */
function coversAny(range: string, codes: ReadonlySet<number>): boolean {
  if (!range.trim()) return true;
  return range.split(',').some((part) => {
    const [from, to] = part.trim().replace(/^u\+/i, '').split('-');
    let low = parseInt(from!.replace(/\?/g, '0'), 16);
    let high = to === undefined ? parseInt(from!.replace(/\?/g, 'F'), 16) : parseInt(to, 16);
    if (!Number.isFinite(low) || !Number.isFinite(high)) return true;
    if (low > high) [low, high] = [high, low];
    for (const code of codes) if (code >= low && code <= high) return true;
    return false;
  });
}

/** Every `@font-face` rule the page's style sheets hold (nested in @media, @supports, @import, @layer too). */
function fontFaceRules(): CSSFontFaceRule[] {
  const out: CSSFontFaceRule[] = [];
  const visit = (sheet: CSSStyleSheet) => {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      return; // a cross-origin sheet: its rules cannot be read
    }
    const walk = (list: CSSRuleList) => {
      for (const rule of Array.from(list)) {
        if (rule instanceof CSSFontFaceRule) out.push(rule);
        else if (rule instanceof CSSImportRule && rule.styleSheet) visit(rule.styleSheet);
        else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    walk(rules);
  };
  for (const sheet of Array.from(document.styleSheets)) visit(sheet);
  for (const sheet of document.adoptedStyleSheets ?? []) visit(sheet);
  return out;
}

function toDataURL(url: string): Promise<string | undefined> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((response) => (response.ok ? response.blob() : Promise.reject(new Error(`${response.status} ${url}`))))
      .then(
        (blob) =>
          new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result as string);
            reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${url}`));
            reader.readAsDataURL(blob);
          }),
      )
      .catch((error: unknown) => {
        // The PNG is still drawn, in a fallback font: say why once per file.
        console.warn(`policy-charts: web font not embedded (${String(error)})`);
        return undefined;
      });
    cache.set(url, pending);
  }
  return pending;
}

/**
 * Returns `svg` (a standalone SVG document's text) with a `<style>` of the page's `@font-face`
 * rules for the font families it uses, their files fetched and written as `data:` URLs. Only
 * faces whose `unicode-range` covers a character of the file are embedded. Fonts that cannot be
 * fetched (CSP, network) are left out with a console warning; the SVG is returned unchanged
 * when nothing applies.
 */
export async function inlineWebFonts(svg: string): Promise<string> {
  const families = usedFamilies(svg);
  const codes = new Set<number>();
  for (const ch of svg.replace(/<[^>]*>/g, '')) codes.add(ch.codePointAt(0)!);
  const faces = fontFaceRules().filter(
    (rule) => families.has(unquote(rule.style.getPropertyValue('font-family'))) && coversAny(rule.style.getPropertyValue('unicode-range'), codes),
  );
  const css = await Promise.all(
    faces.map(async (rule) => {
      const base = rule.parentStyleSheet?.href ?? document.baseURI;
      const urls = Array.from(rule.cssText.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g), (m) => [m[0], new URL(m[2]!, base).href] as const);
      const remote = urls.filter(([, url]) => !url.startsWith('data:'));
      const data = await Promise.all(remote.map(([, url]) => toDataURL(url)));
      // A face with any file missing would be dropped by the renderer anyway.
      if (data.some((d) => d === undefined)) return '';
      let text = rule.cssText;
      remote.forEach(([written], i) => (text = text.replace(written, `url("${data[i]}")`)));
      return text;
    }),
  );
  const rules = css.filter(Boolean).join('\n');
  if (!rules) return svg;
  return svg.replace(/<svg\b[^>]*>/, (open) => `${open}<style><![CDATA[\n${rules.replaceAll(']]>', '')}\n]]></style>`);
}
