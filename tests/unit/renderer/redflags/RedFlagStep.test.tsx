// @vitest-environment jsdom
// Red-flag keys: Y / N answer the current question and move to the next, ↑/↓ move, a click or
// focus makes a question current; "No to all remaining" still answers the rest; keys do nothing
// read-only or while typing. The help overlay lists the keys.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RED_FLAG_IDS, type RedFlagId } from '../../../../shared/clinical';
import type { RedFlagScreen } from '../../../../shared/domain/encounter';
import type { EncounterChange } from '../../../../shared/domain/encounterChange';
import { questionAfter, RedFlagStep } from '../../../../renderer/src/redflags/RedFlagStep';
import { HelpOverlay } from '../../../../renderer/src/ui/HelpOverlay';

afterEach(cleanup);

const [FIRST, SECOND, THIRD] = RED_FLAG_IDS;
const LAST = RED_FLAG_IDS[RED_FLAG_IDS.length - 1] as RedFlagId;

function Harness({
  initial = {},
  readOnly = false,
  onChange,
}: {
  initial?: RedFlagScreen['answers'];
  readOnly?: boolean;
  onChange?: (change: EncounterChange) => void;
}) {
  const [answers, setAnswers] = useState(initial);
  return (
    <RedFlagStep
      screen={{ answers, actions: {} }}
      age={80}
      readOnly={readOnly}
      change={(change) => {
        onChange?.(change);
        if (change.kind !== 'redFlag') return;
        setAnswers((current) => {
          const next = { ...current };
          if (change.present === null) delete next[change.id];
          else next[change.id] = change.present;
          return next;
        });
      }}
    />
  );
}

const row = (id: RedFlagId) => document.getElementById(`rf-row-${id}`) as HTMLElement;
const currentId = () => document.querySelector('.question.current')?.getAttribute('data-flag');
const press = (key: string, target: Element = document.body) =>
  act(() => {
    fireEvent.keyDown(target, { key });
  });
const pressed = (id: RedFlagId, answer: 'Yes' | 'No') =>
  row(id).querySelector(`button[aria-pressed="true"]`)?.textContent?.endsWith(answer) ?? false;

describe('questionAfter', () => {
  it('moves one question and stops at either end', () => {
    expect(questionAfter(FIRST, 1)).toBe(SECOND);
    expect(questionAfter(SECOND, -1)).toBe(FIRST);
    expect(questionAfter(FIRST, -1)).toBe(FIRST);
    expect(questionAfter(LAST, 1)).toBe(LAST);
  });
});

describe('RedFlagStep keys', () => {
  it('starts on the first unanswered question, focused and marked', () => {
    render(<Harness initial={{ [FIRST]: false }} />);
    expect(currentId()).toBe(SECOND);
    expect(row(SECOND).getAttribute('aria-current')).toBe('step');
    expect(document.activeElement).toBe(row(SECOND));
  });

  it('Y answers yes, N answers no, each moving to the next question', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    press('y');
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'redFlag', id: FIRST, present: true });
    expect(pressed(FIRST, 'Yes')).toBe(true);
    expect(currentId()).toBe(SECOND);
    press('N');
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'redFlag', id: SECOND, present: false });
    expect(pressed(SECOND, 'No')).toBe(true);
    expect(currentId()).toBe(THIRD);
    expect(document.activeElement).toBe(row(THIRD as RedFlagId));
  });

  it('↑/↓ move without answering; a key on an answered question replaces the answer', () => {
    const onChange = vi.fn();
    render(<Harness initial={{ [FIRST]: true }} onChange={onChange} />);
    expect(currentId()).toBe(SECOND);
    press('ArrowUp');
    expect(currentId()).toBe(FIRST);
    expect(onChange).not.toHaveBeenCalled();
    press('n');
    expect(pressed(FIRST, 'No')).toBe(true);
    press('ArrowDown');
    expect(currentId()).toBe(THIRD);
  });

  it('a click on a question makes it current; its answer buttons keep focus', () => {
    render(<Harness />);
    const yes = row(THIRD as RedFlagId).querySelector('button') as HTMLButtonElement;
    act(() => yes.focus());
    expect(currentId()).toBe(THIRD);
    expect(document.activeElement).toBe(yes);
    press('n', yes);
    expect(pressed(THIRD as RedFlagId, 'No')).toBe(true);
  });

  it('the last question stays current after its answer', () => {
    render(<Harness />);
    act(() => row(LAST).focus());
    press('y');
    expect(currentId()).toBe(LAST);
    expect(pressed(LAST, 'Yes')).toBe(true);
  });

  it('does nothing read-only, with a modifier, or while typing', () => {
    const onChange = vi.fn();
    render(
      <>
        <Harness readOnly onChange={onChange} />
        <input aria-label="note" />
      </>,
    );
    press('y');
    act(() => {
      fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    });
    press('n', screen.getByLabelText('note'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps "No to all remaining", answering the rest (age over 70 from the birth date)', () => {
    const onChange = vi.fn();
    render(<Harness initial={{ [FIRST]: true }} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: /No to all remaining \(22\)/ }));
    expect(onChange).toHaveBeenCalledTimes(RED_FLAG_IDS.length - 1);
    expect(onChange).toHaveBeenCalledWith({ kind: 'redFlag', id: 'rf_age_over_70', present: true });
    expect(pressed(FIRST, 'Yes')).toBe(true);
    expect(screen.getByRole('button', { name: /No to all remaining \(0\)/ })).toHaveProperty(
      'disabled',
      true,
    );
  });
});

describe('HelpOverlay', () => {
  it('lists Y / N for the red-flag questions beside the test keys', () => {
    render(<HelpOverlay onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Keys' });
    expect(dialog.textContent).toContain('Y / N');
    expect(dialog.textContent).toMatch(/Red flags: yes \/ no to the current question/);
    expect(dialog.textContent).toContain('Positive on the active side');
  });
});
