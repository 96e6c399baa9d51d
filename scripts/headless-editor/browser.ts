import { chromium, type Browser } from 'playwright-core';
import { chromiumBinary } from './install';

/** The system Chromium, headless; nothing is downloaded. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumBinary,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
