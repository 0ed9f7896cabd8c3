// Tile the painter PNGs into one small contact sheet: `npx tsx test/e2e/painter-harness/contact-sheet.ts`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PNG } from 'pngjs'

const dir = fileURLToPath(new URL('../__screenshots__/painter/', import.meta.url))
const files = readdirSync(dir).filter((f) => f.endsWith('.png') && !f.startsWith('_'))
const cell = 256
const cols = 4
const rows = Math.ceil(files.length / cols)
const sheet = new PNG({ width: cols * cell, height: rows * cell })
files.forEach((file, n) => {
  const img = PNG.sync.read(readFileSync(dir + file))
  const step = img.width / cell
  for (let y = 0; y < cell; y++) {
    for (let x = 0; x < cell; x++) {
      // Box filter: average the step×step block so the thumbnail shows the painting, not aliasing.
      const acc = [0, 0, 0]
      for (let j = 0; j < step; j++) {
        for (let i = 0; i < step; i++) {
          const o = ((Math.floor(y * step) + j) * img.width + Math.floor(x * step) + i) * 4
          for (let c = 0; c < 3; c++) acc[c] = (acc[c] ?? 0) + (img.data[o + c] ?? 0)
        }
      }
      const to = ((Math.floor(n / cols) * cell + y) * sheet.width + (n % cols) * cell + x) * 4
      for (let c = 0; c < 3; c++) sheet.data[to + c] = Math.round((acc[c] ?? 0) / (step * step))
      sheet.data[to + 3] = 255
    }
  }
})
writeFileSync(`${dir}_contact-sheet.png`, PNG.sync.write(sheet))
console.log(`${files.length} paintings → ${dir}_contact-sheet.png`)
