// Body-chart regions in words, and the one toggle both the drawing and the large buttons use, so
// the two can never disagree about what is marked.
import {
  splitRegion,
  type BodyRegionArea,
  type BodyRegionId,
  type BodySide,
} from '../../../shared/domain/bodyChart';

export const AREA_WORDS: Record<BodyRegionArea, string> = {
  low_back: 'low back',
  sij_region: 'SIJ region',
  buttock: 'buttock',
  groin_anterior_thigh: 'groin / anterior thigh',
  lateral_hip: 'lateral hip',
  posterior_thigh: 'posterior thigh',
  below_knee: 'below the knee',
  foot: 'foot',
};

export const SIDE_WORDS: Record<BodySide, string> = { left: 'Left', right: 'Right' };

/** Top to bottom, as a clinician runs down the body. */
export const AREAS_TOP_DOWN: readonly BodyRegionArea[] = [
  'low_back',
  'sij_region',
  'buttock',
  'lateral_hip',
  'groin_anterior_thigh',
  'posterior_thigh',
  'below_knee',
  'foot',
];

/** "Right lateral hip" ("right lateral hip" mid-sentence). */
export function regionWords(id: BodyRegionId, capital = true): string {
  const { side, area } = splitRegion(id);
  const sideWord = capital ? SIDE_WORDS[side] : side;
  return `${sideWord} ${AREA_WORDS[area]}`;
}

/** The regions with `id` marked if it was not, unmarked if it was. */
export function toggleRegion(regions: readonly BodyRegionId[], id: BodyRegionId): BodyRegionId[] {
  return regions.includes(id) ? regions.filter((region) => region !== id) : [...regions, id];
}
