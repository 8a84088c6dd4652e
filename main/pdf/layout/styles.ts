// Type sizes and colours of the letter: black body text for photocopies and faxes, one muted blue
// for headings, grey only for secondary lines. Nothing is conveyed by colour alone.
import type { TextStyle } from '../text/typeset';

export const INK = '#111111';
export const MUTED = '#4A5561';
export const ACCENT = '#1F3A5F';
export const LINE = '#9AA5B1';
export const SHADE = '#EEF1F4';
export const MARK = '#C0392B';

export const STYLES = {
  clinic: { weight: 'bold', size: 15, color: ACCENT },
  letterheadDetail: { weight: 'regular', size: 8.5, color: MUTED },
  body: { weight: 'regular', size: 9.5, color: INK },
  bodyBold: { weight: 'bold', size: 9.5, color: INK },
  re: { weight: 'bold', size: 10.5, color: INK },
  heading: { weight: 'bold', size: 10.5, color: ACCENT },
  subheading: { weight: 'bold', size: 9, color: ACCENT },
  small: { weight: 'regular', size: 8, color: MUTED },
  smallBold: { weight: 'bold', size: 8, color: MUTED },
  table: { weight: 'regular', size: 8.5, color: INK },
  tableBold: { weight: 'bold', size: 8.5, color: INK },
  footer: { weight: 'regular', size: 7.5, color: MUTED },
  footerBold: { weight: 'bold', size: 7.5, color: MUTED },
} as const satisfies Record<string, TextStyle>;
