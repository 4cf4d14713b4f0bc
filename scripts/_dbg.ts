import { launchChromium } from './chromium';
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://localhost:4173/');
await page.locator('.timeline[data-ready]').waitFor();
await page.locator('.eras button').nth(4).click();
for (let i = 0; i < 5; i++) {
	await page.waitForTimeout(200);
	console.log(await page.locator('#timeline-description').textContent());
}
console.log(page.url());
await browser.close();
