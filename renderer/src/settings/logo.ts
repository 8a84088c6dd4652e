// The clinic logo: a PNG or JPEG file read into a data URL (the settings store it; the letterhead
// prints it). Checked by its first bytes, not its name, and bounded so the settings stay small.
export const MAX_LOGO_BYTES = 1024 * 1024;

export type LogoResult = { ok: true; dataUrl: string } | { ok: false; message: string };

function kindOf(bytes: Uint8Array): 'png' | 'jpeg' | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return 'png';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg';
  return null;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export async function readLogo(file: Blob): Promise<LogoResult> {
  if (file.size === 0) return { ok: false, message: 'The logo file is empty.' };
  if (file.size > MAX_LOGO_BYTES) {
    const kb = Math.ceil(file.size / 1024);
    return {
      ok: false,
      message: `The logo is ${kb} KB; choose an image of at most ${MAX_LOGO_BYTES / 1024} KB.`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = kindOf(bytes);
  if (!kind) return { ok: false, message: 'The logo must be a PNG or JPEG image.' };
  return { ok: true, dataUrl: `data:image/${kind};base64,${base64(bytes)}` };
}
