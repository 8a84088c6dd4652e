// Every page's footer, drawn once the page count is known: "Confidential" and "Page n of m".
import { drawLine, layoutText } from '../text/typeset';
import type { Doc, PageFrame } from './flow';
import { LINE, STYLES } from './styles';

export function drawFooters(doc: Doc, frame: PageFrame): void {
  const range = doc.bufferedPageRange();
  const width = frame.right - frame.left;
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const top = frame.bottom + 14;
    doc.moveTo(frame.left, top).lineTo(frame.right, top).lineWidth(0.5).strokeColor(LINE).stroke();
    const baseline = top + 12;
    const notice = layoutText(
      doc,
      'Confidential: patient information. If you received this in error, please tell the sender and destroy it.',
      STYLES.footer,
      width * 0.78,
    );
    notice.forEach((line, n) => {
      drawLine(doc, line, frame.left, baseline + n * 9, STYLES.footer, width * 0.78, 'left');
    });
    const right = layoutText(
      doc,
      `Page ${i + 1} of ${range.count}`,
      STYLES.footerBold,
      width * 0.2,
    )[0];
    if (right) {
      drawLine(
        doc,
        right,
        frame.right - width * 0.2,
        baseline,
        STYLES.footerBold,
        width * 0.2,
        'right',
      );
    }
  }
}
