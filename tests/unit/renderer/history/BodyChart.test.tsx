// @vitest-environment jsdom
// The body chart's drawing and its large buttons are two views of one list of regions: a toggle in
// either shows in both, and what is handed up is the list itself.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BodyRegionId } from '../../../../shared/domain/bodyChart';
import { BODY_REGION_IDS } from '../../../../shared/domain/bodyChart';
import { BodyChart } from '../../../../renderer/src/history/BodyChart';
import { regionWords, toggleRegion } from '../../../../renderer/src/history/regions';

afterEach(cleanup);

function Harness({
  initial = [],
  onChange,
  readOnly = false,
}: {
  initial?: BodyRegionId[];
  onChange?: (regions: BodyRegionId[]) => void;
  readOnly?: boolean;
}) {
  const [regions, setRegions] = useState<BodyRegionId[]>(initial);
  return (
    <BodyChart
      regions={regions}
      readOnly={readOnly}
      onChange={(next) => {
        onChange?.(next);
        setRegions(next);
      }}
    />
  );
}

const button = (name: string) => screen.getByRole('button', { name });
const drawn = (name: string) => screen.getByRole('checkbox', { name });

describe('toggleRegion', () => {
  it('adds a region that is not marked and removes one that is, keeping the others', () => {
    expect(toggleRegion(['left_buttock'], 'right_sij_region')).toEqual([
      'left_buttock',
      'right_sij_region',
    ]);
    expect(toggleRegion(['left_buttock', 'right_sij_region'], 'left_buttock')).toEqual([
      'right_sij_region',
    ]);
  });

  it('names regions in words', () => {
    expect(regionWords('right_sij_region')).toBe('Right SIJ region');
    expect(regionWords('left_groin_anterior_thigh', false)).toBe('left groin / anterior thigh');
  });
});

describe('BodyChart', () => {
  it('has one large button for every region', () => {
    render(<Harness />);
    for (const id of BODY_REGION_IDS) {
      expect(button(regionWords(id))).toHaveProperty('type', 'button');
    }
    expect(document.querySelectorAll('[data-region-button]')).toHaveLength(BODY_REGION_IDS.length);
  });

  it('a button marks the drawn region too, with a ✓ on the button', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.click(button('Right SIJ region'));
    expect(onChange).toHaveBeenLastCalledWith(['right_sij_region']);
    expect(button('Right SIJ region').getAttribute('aria-pressed')).toBe('true');
    expect(button('Right SIJ region').textContent).toBe('✓ Right');
    expect(drawn('Right SIJ region (back)').getAttribute('aria-checked')).toBe('true');
    expect(button('Left SIJ region').getAttribute('aria-pressed')).toBe('false');
    expect(button('Left SIJ region').textContent).toBe('Left');
    expect(screen.getByText(/Marked:/).textContent).toBe('Marked: right SIJ region');
  });

  it('the drawing marks the button, by click or by key, and a second toggle clears both', () => {
    render(<Harness />);
    fireEvent.click(drawn('Left lateral hip (front)'));
    expect(button('Left lateral hip').getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(drawn('Right buttock (back)'), { key: ' ' });
    expect(button('Right buttock').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button('Left lateral hip'));
    expect(drawn('Left lateral hip (front)').getAttribute('aria-checked')).toBe('false');
    expect(button('Left lateral hip').getAttribute('aria-pressed')).toBe('false');
  });

  it('areas drawn on both views (below the knee) follow the one button', () => {
    render(<Harness />);
    fireEvent.click(button('Left below the knee'));
    expect(drawn('Left below the knee (front)').getAttribute('aria-checked')).toBe('true');
    expect(drawn('Left below the knee (back)').getAttribute('aria-checked')).toBe('true');
  });

  it('read-only: buttons are disabled and the drawing does not change', () => {
    const onChange = vi.fn();
    render(<Harness initial={['left_buttock']} onChange={onChange} readOnly />);
    expect(button('Left buttock')).toHaveProperty('disabled', true);
    expect(button('Left buttock').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(drawn('Left buttock (back)'));
    expect(onChange).not.toHaveBeenCalled();
  });
});
