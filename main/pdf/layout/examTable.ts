// The examination table: test | left | right. A row never splits across pages; when the table
// continues on the next page its header row is repeated. Positive results are bold and carry the
// word "Positive", so nothing relies on weight or colour alone.
import type { ExamRow } from '../compose/exam';
import { drawLine, layoutText, type Line, type TextStyle } from '../text/typeset';
import { lineHeight, type Flow } from './flow';
import { LINE, SHADE, STYLES } from './styles';

const PAD_X = 5;
const PAD_Y = 2.2;

interface Cell {
  text: string;
  style: TextStyle;
  x: number;
  width: number;
}

function cellLines(flow: Flow, cell: Cell): Line[] {
  return layoutText(flow.doc, cell.text, cell.style, cell.width - 2 * PAD_X);
}

function drawRow(flow: Flow, cells: Cell[], shade: boolean): void {
  const laid = cells.map((cell) => cellLines(flow, cell));
  const rows = Math.max(1, ...laid.map((l) => l.length));
  const height = rows * lineHeight(STYLES.table) + 2 * PAD_Y;
  const { doc, frame } = flow;
  if (shade) {
    doc.rect(frame.left, flow.y, flow.width, height).fillColor(SHADE).fill();
  }
  cells.forEach((cell, i) => {
    (laid[i] ?? []).forEach((line, n) => {
      const top = flow.y + PAD_Y + n * lineHeight(cell.style);
      drawLine(
        doc,
        line,
        cell.x + PAD_X,
        flow.baseline(cell.style, top),
        cell.style,
        cell.width - 2 * PAD_X,
      );
    });
  });
  flow.y += height;
  doc
    .moveTo(frame.left, flow.y)
    .lineTo(frame.right, flow.y)
    .lineWidth(0.4)
    .strokeColor(LINE)
    .stroke();
}

function rowHeight(flow: Flow, cells: Cell[]): number {
  const rows = Math.max(1, ...cells.map((cell) => cellLines(flow, cell).length));
  return rows * lineHeight(STYLES.table) + 2 * PAD_Y;
}

export function drawExamTable(flow: Flow, rows: readonly ExamRow[]): void {
  const { left } = flow.frame;
  const testWidth = flow.width * 0.46;
  const sideWidth = (flow.width - testWidth) / 2;
  const header: Cell[] = [
    { text: 'Test', style: STYLES.tableBold, x: left, width: testWidth },
    { text: 'Left', style: STYLES.tableBold, x: left + testWidth, width: sideWidth },
    { text: 'Right', style: STYLES.tableBold, x: left + testWidth + sideWidth, width: sideWidth },
  ];
  const cellsOf = (row: ExamRow): Cell[] => {
    const strong = row.positive ? STYLES.tableBold : STYLES.table;
    const result = (text: string): TextStyle => (text === '—' ? STYLES.table : strong);
    const first: Cell = { text: row.test, style: STYLES.table, x: left, width: testWidth };
    if (row.span) {
      return [
        first,
        { text: `${row.left} (midline)`, style: strong, x: left + testWidth, width: 2 * sideWidth },
      ];
    }
    return [
      first,
      { text: row.left, style: result(row.left), x: left + testWidth, width: sideWidth },
      {
        text: row.right,
        style: result(row.right),
        x: left + testWidth + sideWidth,
        width: sideWidth,
      },
    ];
  };
  // Keep the header with at least the first row.
  const first = rows[0];
  flow.ensure(rowHeight(flow, header) + (first ? rowHeight(flow, cellsOf(first)) : 0));
  drawRow(flow, header, true);
  for (const row of rows) {
    const cells = cellsOf(row);
    const height = rowHeight(flow, cells);
    if (flow.y + height > flow.frame.bottom) {
      flow.newPage();
      drawRow(flow, header, true);
    }
    drawRow(flow, cells, false);
  }
  if (rows.some((row) => row.left === '—' || row.right === '—')) {
    flow.y += 2;
    flow.text('— not tested on that side.', STYLES.small);
  }
}
