// The body chart: front and back views, left and right regions (shared/domain/bodyChart.ts). Each
// region is a checkbox: click, tap, Space or Enter toggles it. Views are drawn as the clinician
// faces the patient: on the front view the patient's right is on the viewer's left. Some drawn
// regions are smaller than a fingertip, so a table of large buttons beside the drawing toggles the
// same regions; both read and write the one `regions` list.
import type { KeyboardEvent } from 'react';
import type { BodyRegionArea, BodyRegionId, BodySide } from '../../../shared/domain/bodyChart';
import { AREA_WORDS, regionWords, toggleRegion } from './regions';
import { RegionButtons } from './RegionButtons';

interface Shape {
  area: BodyRegionArea;
  side: BodySide;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Back view: the patient's left is on the viewer's left. x is for the left side; right mirrors. */
const BACK: Omit<Shape, 'side'>[] = [
  { area: 'low_back', x: 60, y: 104, w: 38, h: 40 },
  { area: 'sij_region', x: 76, y: 148, w: 22, h: 20 },
  { area: 'buttock', x: 54, y: 172, w: 44, h: 42 },
  { area: 'posterior_thigh', x: 58, y: 218, w: 38, h: 88 },
  { area: 'below_knee', x: 62, y: 312, w: 32, h: 78 },
  { area: 'foot', x: 60, y: 394, w: 36, h: 18 },
];

/** Front view: the patient's right is on the viewer's left. x is for the right side. */
const FRONT: Omit<Shape, 'side'>[] = [
  { area: 'lateral_hip', x: 38, y: 160, w: 18, h: 50 },
  { area: 'groin_anterior_thigh', x: 58, y: 168, w: 40, h: 136 },
  { area: 'below_knee', x: 62, y: 312, w: 32, h: 78 },
  { area: 'foot', x: 60, y: 394, w: 36, h: 18 },
];

const MIRROR = 200;

function shapes(view: typeof BACK, leftOnViewerLeft: boolean): Shape[] {
  return view.flatMap((shape) => {
    const mirrored = { ...shape, x: MIRROR - shape.x - shape.w };
    const viewerLeftSide: BodySide = leftOnViewerLeft ? 'left' : 'right';
    const viewerRightSide: BodySide = leftOnViewerLeft ? 'right' : 'left';
    return [
      { ...shape, side: viewerLeftSide },
      { ...mirrored, side: viewerRightSide },
    ];
  });
}

function Outline() {
  return (
    <g className="body-outline" aria-hidden="true">
      <circle cx="100" cy="32" r="22" />
      <rect x="56" y="58" width="88" height="112" rx="18" />
      <rect x="52" y="150" width="96" height="64" rx="16" />
      <rect x="56" y="208" width="42" height="190" rx="14" />
      <rect x="102" y="208" width="42" height="190" rx="14" />
    </g>
  );
}

export function BodyChart({
  regions,
  onChange,
  readOnly,
}: {
  regions: readonly BodyRegionId[];
  onChange: (regions: BodyRegionId[]) => void;
  readOnly: boolean;
}) {
  const marked = new Set(regions);

  function toggle(id: BodyRegionId) {
    if (readOnly) return;
    onChange(toggleRegion(regions, id));
  }

  function view(title: string, list: Shape[], sideLabels: [string, string]) {
    return (
      <figure className="body-view">
        <figcaption>{title}</figcaption>
        <svg viewBox="0 0 200 420" role="group" aria-label={`${title} view`}>
          <Outline />
          <text x="14" y="90" className="side-letter" aria-hidden="true">
            {sideLabels[0]}
          </text>
          <text x="172" y="90" className="side-letter" aria-hidden="true">
            {sideLabels[1]}
          </text>
          {list.map((shape) => {
            const id = `${shape.side}_${shape.area}` as BodyRegionId;
            const checked = marked.has(id);
            return (
              <rect
                key={`${title}-${id}`}
                data-region={id}
                className={`region${checked ? ' region-marked' : ''}`}
                x={shape.x}
                y={shape.y}
                width={shape.w}
                height={shape.h}
                rx="6"
                role="checkbox"
                aria-checked={checked}
                aria-disabled={readOnly}
                aria-label={`${shape.side === 'left' ? 'Left' : 'Right'} ${AREA_WORDS[shape.area]} (${title.toLowerCase()})`}
                tabIndex={0}
                onClick={() => toggle(id)}
                onKeyDown={(event: KeyboardEvent) => {
                  if (event.key === ' ' || event.key === 'Enter') {
                    event.preventDefault();
                    toggle(id);
                  }
                }}
              />
            );
          })}
        </svg>
      </figure>
    );
  }

  return (
    <div className="body-chart">
      <div className="body-views">
        {view('Front', shapes(FRONT, false), ['R', 'L'])}
        {view('Back', shapes(BACK, true), ['L', 'R'])}
      </div>
      <RegionButtons marked={marked} onToggle={toggle} readOnly={readOnly} />
      <p className="body-chart-list" aria-live="polite">
        Marked:{' '}
        {regions.length === 0 ? 'none' : regions.map((id) => regionWords(id, false)).join(', ')}
      </p>
    </div>
  );
}
