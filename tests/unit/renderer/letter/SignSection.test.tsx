// @vitest-environment jsdom
// The pre-signing glyph warning: main's letters:checkCharacters answer is named in the Sign section
// and in the confirmation, in plain words, and signing stays possible.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UndrawableText } from '../../../../shared/ipc/contract';
import { SignSection } from '../../../../renderer/src/letter/SignSection';
import { describeUndrawable } from '../../../../renderer/src/letter/undrawable';

function fakeApi(found: UndrawableText[] | 'fails') {
  const calls: string[] = [];
  window.api = new Proxy(
    {},
    {
      get: (_target, channel: string) => async () => {
        calls.push(channel);
        if (channel === 'letters:checkCharacters') {
          return found === 'fails'
            ? { ok: false, error: { code: 'INTERNAL', message: 'no' } }
            : { ok: true, value: found };
        }
        if (channel === 'encounters:sign') return { ok: true, value: { id: 'e1' } };
        return { ok: false, error: { code: 'UNSUPPORTED', message: 'no' } };
      },
    },
  ) as typeof window.api;
  return calls;
}

afterEach(cleanup);

describe('SignSection', () => {
  it('names the undrawable characters and their field before signing; signing still works', async () => {
    const calls = fakeApi([{ field: 'patient.name', codePoints: ['U+1F9B4'] }]);
    const onSigned = vi.fn();
    render(<SignSection encounterId="e1" blockedBy={null} onSigned={onSigned} />);
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain(
      'These characters cannot be printed in the letter: U+1F9B4 in patient name.',
    );

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign encounter…' })));
    const dialog = await screen.findByRole('dialog', { name: 'Sign this encounter?' });
    expect(within(dialog).getByRole('alert').textContent).toContain('U+1F9B4 in patient name');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Sign' })));
    expect(onSigned).toHaveBeenCalledOnce();
    expect(calls.filter((c) => c === 'letters:checkCharacters').length).toBeGreaterThanOrEqual(2);
  });

  it('shows no warning when every character prints, or when the check itself fails', async () => {
    for (const answer of [[], 'fails'] as const) {
      fakeApi(answer === 'fails' ? 'fails' : []);
      render(<SignSection encounterId="e1" blockedBy={null} onSigned={() => undefined} />);
      await act(async () =>
        fireEvent.click(screen.getByRole('button', { name: 'Sign encounter…' })),
      );
      await screen.findByRole('dialog');
      expect(screen.queryByRole('alert')).toBeNull();
      cleanup();
    }
  });
});

describe('describeUndrawable', () => {
  it('words each field, addenda by number', () => {
    expect(
      describeUndrawable([
        { field: 'patient.name', codePoints: ['U+D55C', 'U+AD6D'] },
        { field: 'clinic.name', codePoints: ['U+1F3E5'] },
        { field: 'addenda.1.text', codePoints: ['U+2705'] },
      ]),
    ).toBe(
      'U+D55C, U+AD6D in patient name; U+1F3E5 in clinic name (Settings); U+2705 in addendum 2',
    );
  });
});
