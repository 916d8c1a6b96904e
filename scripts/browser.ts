// Tests, benchmarks and screenshots drive the same Chromium the server prints PDFs with.
export { CHROMIUM_ARGS, launchChromium } from '../server/pdf/chromium';
