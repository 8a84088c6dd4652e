// The body chart as vectors: a front and a back outline with the marked regions filled, using the
// region ids of shared/domain/bodyChart.ts. Front view: the patient's right is on the reader's left;
// back view: on the reader's right — each view is labelled R and L so it cannot be misread, and the
// marked regions are also listed in words beside the drawing.
import {
  splitRegion,
  type BodyRegionArea,
  type BodyRegionId,
} from '../../../shared/domain/bodyChart';
import { drawLine, layoutText } from '../text/typeset';
import type { Doc } from './flow';
import { INK, MARK, MUTED, STYLES } from './styles';

type Point = readonly [number, number];
type Shape =
  | { kind: 'poly'; points: readonly Point[] }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number };
type View = 'front' | 'back';

/** Figure drawn in a 60 × 150 unit box, symmetric about x = 30; these are the reader's-left halves. */
const UNIT = { width: 60, height: 150 };
const BODY_HALF: readonly Point[] = [
  [27, 17],
  [16, 22],
  [17, 45],
  [19, 60],
  [17, 75],
  [18, 100],
  [20, 121],
  [21, 140],
  [19.5, 146],
  [28.5, 146],
  [28, 121],
  [29, 100],
  [30, 83],
];
const ARM: readonly Point[] = [
  [16, 22],
  [10, 46],
  [8, 73],
  [11, 74],
  [14, 48],
  [17, 36],
];

const poly = (...points: Point[]): Shape => ({ kind: 'poly', points });
const ellipse = (cx: number, cy: number, rx: number, ry: number): Shape => ({
  kind: 'ellipse',
  cx,
  cy,
  rx,
  ry,
});

const REGIONS: Record<View, Partial<Record<BodyRegionArea, Shape>>> = {
  front: {
    groin_anterior_thigh: poly([21, 79], [29.5, 83], [29, 102], [19, 102]),
    lateral_hip: ellipse(17.6, 76, 2.6, 6),
    below_knee: poly([20.5, 123], [27.8, 123], [27.8, 138], [21, 138]),
    foot: poly([20.5, 141], [28.2, 141], [28.4, 146], [19.6, 146]),
  },
  back: {
    low_back: poly([20, 51], [29.5, 51], [29.5, 62], [19.3, 62]),
    sij_region: ellipse(26.2, 67.5, 2.6, 3.6),
    buttock: ellipse(23.6, 77, 5.8, 6),
    lateral_hip: ellipse(17.6, 74, 2.4, 5),
    posterior_thigh: poly([18.6, 86], [29.3, 86], [28.9, 112], [19.4, 112]),
    below_knee: poly([20.5, 123], [27.8, 123], [27.8, 138], [21, 138]),
    foot: poly([20.5, 141], [28.2, 141], [28.4, 146], [19.6, 146]),
  },
};

const mirror = ([x, y]: Point): Point => [UNIT.width - x, y];

function tracePoly(doc: Doc, points: readonly Point[]): void {
  points.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
  doc.closePath();
}

function traceShape(doc: Doc, shape: Shape, mirrored: boolean): void {
  if (shape.kind === 'ellipse') {
    doc.ellipse(mirrored ? UNIT.width - shape.cx : shape.cx, shape.cy, shape.rx, shape.ry);
  } else {
    tracePoly(doc, mirrored ? shape.points.map(mirror) : shape.points);
  }
}

function drawOutline(doc: Doc, scale: number): void {
  doc.lineWidth(0.7 / scale).strokeColor(INK);
  doc.circle(30, 9, 7).stroke();
  tracePoly(doc, [...BODY_HALF, ...[...BODY_HALF].reverse().map(mirror)]);
  doc.stroke();
  tracePoly(doc, ARM);
  doc.stroke();
  tracePoly(doc, ARM.map(mirror));
  doc.stroke();
}

/** Reader's-left half shows the patient's right on the front view and the left on the back. */
function isMirrored(view: View, side: 'left' | 'right'): boolean {
  return view === 'front' ? side === 'left' : side === 'right';
}

function drawView(
  doc: Doc,
  view: View,
  regions: readonly BodyRegionId[],
  x: number,
  y: number,
  height: number,
): void {
  const scale = height / UNIT.height;
  doc.save();
  doc.translate(x, y).scale(scale);
  for (const region of regions) {
    const { side, area } = splitRegion(region);
    const shape = REGIONS[view][area];
    if (!shape) continue;
    traceShape(doc, shape, isMirrored(view, side));
    doc.fillOpacity(0.55).fillColor(MARK).fill();
    doc.fillOpacity(1);
    traceShape(doc, shape, isMirrored(view, side));
    doc
      .lineWidth(0.5 / scale)
      .strokeColor(MARK)
      .stroke();
  }
  drawOutline(doc, scale);
  doc.restore();
  const width = UNIT.width * scale;
  const label = (
    text: string,
    lx: number,
    ly: number,
    w: number,
    align: 'left' | 'right',
  ): void => {
    const line = layoutText(doc, text, STYLES.smallBold, w)[0];
    if (line) drawLine(doc, line, lx, ly, STYLES.smallBold, w, align);
  };
  const [readerLeft, readerRight] = view === 'front' ? ['R', 'L'] : ['L', 'R'];
  label(readerLeft, x - 4, y + 8, 12, 'left');
  label(readerRight, x + width - 8, y + 8, 12, 'right');
  label(view === 'front' ? 'Front' : 'Back', x, y + height + 11, width, 'left');
}

export const BODY_CHART_SIZE = { width: 150, height: 140 };

/** Both views side by side in a box of BODY_CHART_SIZE at (x, y). */
export function drawBodyChart(
  doc: Doc,
  regions: readonly BodyRegionId[],
  x: number,
  y: number,
): void {
  const height = BODY_CHART_SIZE.height - 16;
  const figureWidth = (UNIT.width * height) / UNIT.height;
  const gap = BODY_CHART_SIZE.width - 2 * figureWidth;
  drawView(doc, 'front', regions, x + gap / 4, y, height);
  drawView(doc, 'back', regions, x + figureWidth + (gap * 3) / 4, y, height);
  doc.fillColor(MUTED);
}
