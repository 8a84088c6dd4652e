// Body chart regions (front and back views, left and right) and the history location features
// each one sets (REFERENCE.md §2, `loc_*`).
import type { BooleanHistoryId } from '../clinical/ids';

export const BODY_REGION_AREAS = [
  'low_back',
  'sij_region',
  'buttock',
  'groin_anterior_thigh',
  'lateral_hip',
  'posterior_thigh',
  'below_knee',
  'foot',
] as const;
export type BodyRegionArea = (typeof BODY_REGION_AREAS)[number];
export type BodySide = 'left' | 'right';
export type BodyRegionId = `${BodySide}_${BodyRegionArea}`;

export const BODY_REGION_IDS: readonly BodyRegionId[] = (['left', 'right'] as const).flatMap(
  (side) => BODY_REGION_AREAS.map((area) => `${side}_${area}` as const),
);

/** Which location feature an area sets; the foot counts as pain below the knee. */
export const AREA_FEATURE: Record<BodyRegionArea, BooleanHistoryId> = {
  low_back: 'loc_low_back',
  sij_region: 'loc_sij_region',
  buttock: 'loc_buttock',
  groin_anterior_thigh: 'loc_groin_anterior_thigh',
  lateral_hip: 'loc_lateral_hip',
  posterior_thigh: 'loc_posterior_thigh',
  below_knee: 'loc_below_knee',
  foot: 'loc_below_knee',
};

export function splitRegion(region: BodyRegionId): { side: BodySide; area: BodyRegionArea } {
  const side: BodySide = region.startsWith('left_') ? 'left' : 'right';
  return { side, area: region.slice(side.length + 1) as BodyRegionArea };
}

/**
 * Location features implied by the marked regions. Leg regions marked on both sides set
 * `loc_bilateral_legs` (bilateral buttock or leg symptoms, REFERENCE §2).
 */
export function locationFeatures(regions: readonly BodyRegionId[]): Set<BooleanHistoryId> {
  const features = new Set<BooleanHistoryId>();
  const legSides = new Set<BodySide>();
  for (const region of regions) {
    const { side, area } = splitRegion(region);
    features.add(AREA_FEATURE[area]);
    if (
      area !== 'low_back' &&
      area !== 'sij_region' &&
      area !== 'groin_anterior_thigh' &&
      area !== 'lateral_hip'
    ) {
      legSides.add(side);
    }
  }
  if (legSides.size === 2) features.add('loc_bilateral_legs');
  return features;
}
