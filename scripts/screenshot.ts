/** Screenshots of the built site for review: `npx tsx scripts/screenshot.ts <path> <width> <out.png> [height]`. */
import { launchChromium } from './chromium';

const [path = '/', width = '1280', out = 'screenshots/shot.png', height = '900'] =
	process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
await page.goto(`http://localhost:4173${path}`);
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
if (errors.length) console.log('errors:', errors.join('\n'));
await browser.close();
