// The settings form's check: each bad field gets a message that names it and says what to enter.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { checkDraft, draftOf } from '../../../../renderer/src/settings/settingsDraft';
import { MAX_LOGO_BYTES, readLogo } from '../../../../renderer/src/settings/logo';

const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const PNG = Uint8Array.from(atob(PNG_BASE64), (c) => c.charCodeAt(0));

describe('checkDraft', () => {
  it('turns a good draft into settings, numbers parsed and text trimmed', () => {
    const checked = checkDraft({
      ...draftOf(DEFAULT_SETTINGS),
      clinicName: '  Harbour Physio ',
      autoLockMinutes: ' 3 ',
      backupsToKeep: '30',
      paperSize: 'LETTER',
    });
    expect(checked).toEqual({
      ok: true,
      settings: {
        ...DEFAULT_SETTINGS,
        clinicName: 'Harbour Physio',
        autoLockMinutes: 3,
        backupsToKeep: 30,
        paperSize: 'LETTER',
      },
    });
  });

  it.each([
    ['0', 'Enter a whole number of minutes from 1 to 240.'],
    ['241', 'Enter a whole number of minutes from 1 to 240.'],
    ['2.5', 'Enter a whole number of minutes from 1 to 240.'],
    ['', 'Enter a whole number of minutes from 1 to 240.'],
    ['five', 'Enter a whole number of minutes from 1 to 240.'],
  ])('refuses %j minutes', (minutes, message) => {
    expect(checkDraft({ ...draftOf(DEFAULT_SETTINGS), autoLockMinutes: minutes })).toEqual({
      ok: false,
      errors: { autoLockMinutes: message },
    });
  });

  it('names every bad field at once, text fields with the schema’s reason', () => {
    const checked = checkDraft({
      ...draftOf(DEFAULT_SETTINGS),
      clinicName: 'x'.repeat(201),
      clinicPhone: 'bad \uD800',
      backupsToKeep: '366',
    });
    expect(checked).toEqual({
      ok: false,
      errors: {
        clinicName: 'Clinic name must be at most 200 characters.',
        clinicPhone: 'Phone contains a malformed character (lone surrogate).',
        backupsToKeep: 'Enter a whole number of backups from 1 to 365.',
      },
    });
  });
});

describe('readLogo', () => {
  it('reads a PNG into a data URL, by its bytes', async () => {
    const result = await readLogo(new Blob([PNG], { type: 'application/octet-stream' }));
    expect(result).toEqual({
      ok: true,
      dataUrl: `data:image/png;base64,${PNG_BASE64}`,
    });
  });

  it('reads a JPEG', async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    const result = await readLogo(new Blob([jpeg]));
    expect(result).toMatchObject({ ok: true, dataUrl: expect.stringMatching(/^data:image\/jpeg/) });
  });

  it('refuses a file that is not PNG or JPEG, an empty one and one over the limit', async () => {
    expect(await readLogo(new Blob(['GIF89a...'], { type: 'image/png' }))).toEqual({
      ok: false,
      message: 'The logo must be a PNG or JPEG image.',
    });
    expect(await readLogo(new Blob([]))).toEqual({ ok: false, message: 'The logo file is empty.' });
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(PNG);
    expect(await readLogo(new Blob([big]))).toEqual({
      ok: false,
      message: 'The logo is 1025 KB; choose an image of at most 1024 KB.',
    });
  });

  it('reads a logo at the limit whose data URL the settings accept', async () => {
    const max = new Uint8Array(MAX_LOGO_BYTES);
    max.set(PNG);
    const result = await readLogo(new Blob([max]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataUrl.length).toBeLessThanOrEqual(2_000_000);
  });
});
