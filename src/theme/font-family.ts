/** The charts' type when the page sets no `--policy-font-family`: the system's UI font, then Japanese fonts. */
export const DEFAULT_FONT_FAMILY = "system-ui, 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', sans-serif";
