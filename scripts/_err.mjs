import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
page.on("console", (m) => console.log("console", m.type(), m.text().slice(0, 400)));
page.on("pageerror", (e) => console.log("pageerror", String(e).slice(0, 600)));
await page.goto(process.argv[2], { waitUntil: "networkidle" });
await page.waitForTimeout(2000);
console.log(await page.locator(".dashboard").getAttribute("data-ready"));
await browser.close();
