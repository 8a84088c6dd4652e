// Page 1: the clinic letterhead, date, recipient and the "Re:" block. Pages 2+: a running header
// with the clinic and the patient, so a loose page is never anonymous.
import type { LetterContent } from '../compose/content';
import { drawLine, layoutText, naturalWidth } from '../text/typeset';
import { lineHeight, type Flow } from './flow';
import { LINE, STYLES } from './styles';

const LOGO_BOX = { width: 130, height: 52 };

/** A PNG or JPEG data URL as bytes, or null if it is neither (the letter then prints without it). */
export function logoBytes(dataUrl: string | null): Buffer | null {
  if (dataUrl === null) return null;
  const match = /^data:image\/(png|jpe?g);base64,([A-Za-z0-9+/=\s]+)$/.exec(dataUrl);
  if (!match?.[2]) return null;
  const bytes = Buffer.from(match[2], 'base64');
  const png = bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  return png || jpeg ? bytes : null;
}

function rightAligned(flow: Flow, text: string, style: (typeof STYLES)[keyof typeof STYLES]): void {
  for (const line of layoutText(flow.doc, text, style, flow.width)) {
    drawLine(flow.doc, line, flow.frame.left, flow.baseline(style), style, flow.width, 'right');
    flow.y += lineHeight(style);
  }
}

export function drawLetterhead(flow: Flow, content: LetterContent): void {
  const { doc, frame } = flow;
  const logo = logoBytes(content.clinic.logo);
  const textWidth = logo ? flow.width - LOGO_BOX.width - 12 : flow.width;
  if (logo) {
    try {
      doc.image(logo, frame.right - LOGO_BOX.width, frame.top, {
        fit: [LOGO_BOX.width, LOGO_BOX.height],
        align: 'right',
      });
    } catch {
      // A logo pdfkit cannot read is left out rather than failing the letter.
    }
  }
  const top = flow.y;
  flow.text(content.clinic.name || 'Physiotherapy clinic', STYLES.clinic, {
    width: textWidth,
    after: 2,
  });
  for (const line of content.clinic.addressLines) {
    flow.text(line, STYLES.letterheadDetail, { width: textWidth });
  }
  if (content.clinic.phone) {
    flow.text(`Tel. ${content.clinic.phone}`, STYLES.letterheadDetail, { width: textWidth });
  }
  flow.y = Math.max(flow.y, logo ? top + LOGO_BOX.height : flow.y) + 6;
  flow.rule(LINE, 0.8);
  flow.y += 10;

  rightAligned(flow, content.date, STYLES.body);
  flow.y += 2;
  const recipient =
    content.recipientLines.length > 0 ? content.recipientLines : ['To the referral recipient'];
  for (const line of recipient) flow.text(line, STYLES.body);
  flow.y += 10;

  const identifier = content.patient.identifier ? ` · ID ${content.patient.identifier}` : '';
  flow.text(`Re: ${content.patient.name}`, STYLES.re);
  flow.text(`Date of birth ${content.patient.dob}${identifier}`, STYLES.body);
  flow.text(`Urgency: ${content.urgency}`, STYLES.bodyBold, { after: 10 });
}

/** The header of pages 2+: clinic on the left, patient on the right, a rule beneath. */
export function drawRunningHeader(flow: Flow, content: LetterContent): void {
  const style = STYLES.smallBold;
  const leftText = `${content.clinic.name} — referral letter (continued)`;
  const rightText = `Re: ${content.patient.name} · born ${content.patient.dob}`;
  // Each side gets its natural width when both fit on one line; otherwise half each, wrapped.
  const leftNatural = naturalWidth(flow.doc, leftText, style);
  const rightNatural = naturalWidth(flow.doc, rightText, style);
  const fits = leftNatural + rightNatural + 12 <= flow.width;
  const leftWidth = fits ? flow.width - rightNatural - 12 : flow.width / 2 - 6;
  const rightWidth = fits ? rightNatural + 1 : flow.width / 2 - 6;
  const clinic = layoutText(flow.doc, leftText, style, leftWidth);
  const patient = layoutText(flow.doc, rightText, style, rightWidth);
  // Every line is drawn: a long clinic or patient name wraps, it is never cut off.
  const rows = Math.max(clinic.length, patient.length);
  for (let n = 0; n < rows; n += 1) {
    const baseline = flow.baseline(style);
    const left = clinic[n];
    const right = patient[n];
    if (left) drawLine(flow.doc, left, flow.frame.left, baseline, style, leftWidth, 'left');
    if (right) {
      drawLine(
        flow.doc,
        right,
        flow.frame.right - rightWidth,
        baseline,
        style,
        rightWidth,
        'right',
      );
    }
    flow.y += lineHeight(style);
  }
  flow.y += 3;
  flow.rule(LINE, 0.5);
  flow.y += 12;
}
