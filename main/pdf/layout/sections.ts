// The letter's body, section by section, in the order a clinician writes a referral: why, history
// (with the body chart beside it), red flags, examination, impression, request, plan, signature.
import type { LetterContent } from '../compose/content';
import { BODY_CHART_SIZE, drawBodyChart } from './bodyChart';
import { drawExamTable } from './examTable';
import { lineHeight, type Flow } from './flow';
import { ACCENT, STYLES } from './styles';

const PARAGRAPH_GAP = 4;
const SECTION_GAP = 9;

/** A heading is never left alone at the foot of a page: it keeps two body lines with it. */
export function heading(flow: Flow, text: string, keepWith = 2 * lineHeight(STYLES.body)): void {
  flow.y += SECTION_GAP;
  flow.ensure(lineHeight(STYLES.heading) + keepWith);
  flow.text(text, STYLES.heading, { after: 2 });
}

function paragraphs(
  flow: Flow,
  texts: readonly string[],
  beside?: { width: number; until: number },
): void {
  texts.forEach((text, i) => {
    flow.text(text, STYLES.body, { beside, after: i < texts.length - 1 ? PARAGRAPH_GAP : 0 });
  });
}

function bullets(flow: Flow, items: readonly string[], style = STYLES.body): void {
  for (const item of items) {
    // The first line fits here, so the bullet can be drawn beside it before the text flows on.
    flow.ensure(lineHeight(style));
    flow.doc
      .circle(flow.frame.left + 3.5, flow.y + style.size * 0.62, 1.3)
      .fillColor(ACCENT)
      .fill();
    flow.text(item, style, { x: flow.frame.left + 10, after: 1.5 });
  }
}

export function drawOpening(flow: Flow, content: LetterContent): void {
  flow.text(content.salutation, STYLES.body, { after: 6 });
  flow.text(content.reason, STYLES.body);
}

export function drawHistory(flow: Flow, content: LetterContent): void {
  const chartHeight = BODY_CHART_SIZE.height + 30;
  heading(flow, 'History', chartHeight);
  const top = flow.y;
  const columnWidth = flow.width - BODY_CHART_SIZE.width - 16;
  drawBodyChart(flow.doc, content.bodyChart.regions, flow.frame.right - BODY_CHART_SIZE.width, top);
  flow.y = top + BODY_CHART_SIZE.height + 4;
  flow.text(content.bodyChart.legend, STYLES.small, {
    x: flow.frame.right - BODY_CHART_SIZE.width,
    width: BODY_CHART_SIZE.width,
  });
  const chartBottom = flow.y;
  flow.y = top;
  const texts = content.historyParagraphs;
  const startPage = flow.doc.bufferedPageRange().count;
  paragraphs(flow, texts, { width: columnWidth, until: chartBottom });
  const samePage = flow.doc.bufferedPageRange().count === startPage;
  if (samePage) flow.y = Math.max(flow.y, chartBottom);
}

export function drawRedFlags(flow: Flow, content: LetterContent): void {
  heading(flow, 'Red-flag screen');
  paragraphs(flow, content.redFlags);
}

export function drawExamination(flow: Flow, content: LetterContent): void {
  heading(flow, 'Examination', 4 * lineHeight(STYLES.table));
  if (content.exam.rows.length === 0) {
    flow.text('No special tests were recorded.', STYLES.body);
  } else {
    drawExamTable(flow, content.exam.rows);
  }
  if (content.exam.clusters.length > 0) {
    flow.y += 6;
    flow.ensure(lineHeight(STYLES.subheading) + lineHeight(STYLES.body));
    flow.text('Clusters and prediction rules', STYLES.subheading, { after: 1 });
    bullets(flow, content.exam.clusters);
  }
}

export function drawImpression(flow: Flow, content: LetterContent): void {
  const view = content.impression;
  heading(flow, 'Clinical impression');
  flow.text(view.headline, STYLES.bodyBold, { after: 2 });
  bullets(flow, view.basis);
  if (view.coding) flow.text(view.coding, STYLES.body, { after: 2 });
  if (view.others) flow.text(view.others, STYLES.body, { after: 2 });
  if (view.capNote) flow.text(view.capNote, STYLES.small, { after: 2 });
  flow.y += 3;
  flow.text(content.plainLanguage, { ...STYLES.body, color: ACCENT });
}

export function drawRequest(flow: Flow, content: LetterContent): void {
  heading(flow, 'Request');
  paragraphs(flow, content.request.length > 0 ? content.request : ['No specific request.']);
}

export function drawPlan(flow: Flow, content: LetterContent): void {
  heading(flow, 'Plan');
  paragraphs(flow, [content.plan || 'No plan recorded.']);
}

export function drawSignature(flow: Flow, content: LetterContent): void {
  const { signature } = content;
  const block = 6 * lineHeight(STYLES.body) + 26;
  flow.y += SECTION_GAP + 4;
  flow.ensure(block);
  flow.text('Yours sincerely,', STYLES.body, { after: 26 });
  flow.text(signature.name, STYLES.bodyBold);
  flow.text(signature.profession, STYLES.body);
  flow.text(`Registration no. ${signature.registration}`, STYLES.body);
  flow.text(signature.signed, STYLES.small);
}

export function drawAddenda(flow: Flow, content: LetterContent): void {
  if (content.addenda.length === 0) return;
  heading(flow, 'Addenda (added after signing)');
  for (const addendum of content.addenda) {
    flow.text(addendum.heading, STYLES.bodyBold);
    flow.text(addendum.text, STYLES.body, { after: PARAGRAPH_GAP });
  }
}
