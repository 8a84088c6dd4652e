// The page as Chromium really runs it: the CSP blocks inline script, eval and remote requests, and
// The page as Chromium really runs it: the CSP blocks inline script and remote requests, and
import { CHANNEL_NAMES } from '../../shared/ipc/contract';
import { expect, test } from './fixtures';

test('the page gets exactly the contract channels and no Node', async ({ page, app }) => {
  await app.open();
  const shape = await page.evaluate(() => ({
    channels: Object.keys((window as unknown as { api: object }).api).sort(),
    hasRequire: 'require' in window,
    hasProcess: 'process' in window,
  }));
  expect(shape).toEqual({
    channels: [...CHANNEL_NAMES].sort(),
    hasRequire: false,
    hasProcess: false,
  });
});

test('the Content-Security-Policy blocks inline script and the network', async ({ page, app }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await app.open();
  const outcome = await page.evaluate(async () => {
    const violated: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violated.push(event.effectiveDirective),
    );
    const w = window as unknown as { injected?: number };
    const script = document.createElement('script');
    script.textContent = 'window.injected = 1';
    document.head.append(script);
    const image = document.createElement('img');
    const imageDone = new Promise((done) => {
      image.onerror = done;
      image.onload = done;
    });
    image.src = 'https://example.com/pixel.png';
    document.body.append(image);
    await imageDone;
    let remote = 'blocked';
    try {
      await fetch('https://example.com/');
      remote = 'reached';
    } catch {
      remote = 'blocked';
    }
    await new Promise((done) => setTimeout(done, 100));
    return { inline: w.injected ?? null, remote, violated: [...new Set(violated)].sort() };
  });
  // (eval is not probed here: page.evaluate runs through DevTools, which CSP does not govern; the
  // unit test checks the policy has no 'unsafe-eval'.)
  expect(outcome).toEqual({
    inline: null,
    remote: 'blocked',
    violated: ['connect-src', 'img-src', 'script-src-elem'],
  });
  expect(violations.length).toBeGreaterThan(0);
});
