// A small stick figure of the patient's position, beside its name on each test card, so the
// clinician sees at a glance whether the patient has to move. Decorative: the word is always there.
import type { PatientPosition } from '../../../shared/clinical';

const FIGURES: Record<PatientPosition, string> = {
  // Head circle drawn separately; paths are the trunk and limbs on a 48×32 canvas.
  standing: 'M24 9 V20 M24 12 L18 17 M24 12 L30 17 M24 20 L20 30 M24 20 L28 30',
  sitting: 'M20 9 V20 H31 V30 M20 12 L26 16 M20 20 H14 M14 20 V30',
  supine: 'M12 22 H34 M34 22 L44 22 M18 22 L22 18',
  side_lying: 'M12 22 H32 L40 18 M32 22 L42 26 M16 22 L20 16',
  prone: 'M12 20 H34 M34 20 L44 21 M18 20 L22 25',
};

const HEADS: Record<PatientPosition, [number, number]> = {
  standing: [24, 6],
  sitting: [20, 6],
  supine: [8, 21],
  side_lying: [8, 21],
  prone: [8, 19],
};

export function PositionIcon({ position }: { position: PatientPosition }) {
  const [cx, cy] = HEADS[position];
  return (
    <svg className="position-icon" viewBox="0 0 48 32" width="48" height="32" aria-hidden="true">
      <line x1="2" y1="31" x2="46" y2="31" className="position-ground" />
      <circle cx={cx} cy={cy} r="3.5" />
      <path d={FIGURES[position]} />
    </svg>
  );
}
