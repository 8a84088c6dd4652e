// The body chart's large-target twin: a table of toggle buttons, one per area and side, each at
// least 44 px high (the drawing's SIJ region is about 18 px). A marked region shows a ✓ as well as
// its colour. It reads and writes the same list of regions as the drawing beside it.
import type { BodyRegionId, BodySide } from '../../../shared/domain/bodyChart';
import { AREA_WORDS, AREAS_TOP_DOWN, SIDE_WORDS } from './regions';

const SIDES: readonly BodySide[] = ['left', 'right'];

export function RegionButtons({
  marked,
  onToggle,
  readOnly,
}: {
  marked: ReadonlySet<BodyRegionId>;
  onToggle: (id: BodyRegionId) => void;
  readOnly: boolean;
}) {
  return (
    <table className="region-buttons">
      <caption>Regions (patient’s side)</caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          {SIDES.map((side) => (
            <th key={side} scope="col">
              {SIDE_WORDS[side]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {AREAS_TOP_DOWN.map((area) => (
          <tr key={area}>
            <th scope="row">{AREA_WORDS[area]}</th>
            {SIDES.map((side) => {
              const id: BodyRegionId = `${side}_${area}`;
              const pressed = marked.has(id);
              return (
                <td key={id}>
                  <button
                    type="button"
                    data-region-button={id}
                    // choice-yes: marked wears the same colour as a "yes" and as the drawn region.
                    className={`choice choice-yes region-button${pressed ? ' pressed' : ''}`}
                    aria-pressed={pressed}
                    aria-label={`${SIDE_WORDS[side]} ${AREA_WORDS[area]}`}
                    disabled={readOnly}
                    onClick={() => onToggle(id)}
                  >
                    {pressed ? '✓ ' : ''}
                    {SIDE_WORDS[side]}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
