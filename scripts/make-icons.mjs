// Draws the app icons (PNG, 192 and 512 px, plus a maskable one) without any image library,
// so they can be regenerated anywhere: node scripts/make-icons.mjs. Also discreet mode's icons
// (`notes-*.png`, the same drawing as assets/icons/notes.svg: a plain notebook, nothing of the
// app), which its manifest (assets/notes.webmanifest) names for an app installed in that mode.
import fs from 'node:fs';
import zlib from 'node:zlib';

const BG = [0x1d, 0x4e, 0x5f];
const FG = [0xfb, 0xfa, 0xf7];
const DOT = [0xf2, 0xb7, 0x05];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) row.set(pixel(x / size, y / size), 1 + x * 3);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}
// The same drawing as assets/icon.svg: three lines of text and a yellow dot, scaled into `inset`.
function drawing(inset) {
  return (u, v) => {
    const x = (u - inset) / (1 - 2 * inset);
    const y = (v - inset) / (1 - 2 * inset);
    const bar = (y0, x1) => Math.abs(y - y0) < 0.04 && x > 0.25 && x < x1;
    if (bar(22 / 64, 48 / 64) || bar(32 / 64, 38 / 64) || bar(42 / 64, 44 / 64)) return FG;
    if ((x - 46 / 64) ** 2 + (y - 32 / 64) ** 2 < (4 / 64) ** 2) return DOT;
    return BG;
  };
}
fs.mkdirSync('assets/icons', { recursive: true });
fs.writeFileSync('assets/icons/icon-192.png', png(192, drawing(0)));
fs.writeFileSync('assets/icons/icon-512.png', png(512, drawing(0)));
// Maskable: the drawing stays inside the safe zone (the central 80%), the background bleeds.
fs.writeFileSync('assets/icons/icon-maskable-512.png', png(512, drawing(0.12)));
// Discreet mode: a white page with grey lines on a light grey ground.
const PAPER = [0xe6, 0xe2, 0xd8];
const PAGE = [0xff, 0xff, 0xff];
const LINE = [0x8e, 0x98, 0xa3];
function notebook(inset) {
  return (u, v) => {
    const x = ((u - inset) / (1 - 2 * inset)) * 64;
    const y = ((v - inset) / (1 - 2 * inset)) * 64;
    if (x < 14 || x > 50 || y < 9 || y > 55) return PAPER;
    const line = (y0, x1) => Math.abs(y - y0) < 1.5 && x > 20 && x < x1;
    if (line(21, 44) || line(29, 44) || line(37, 44) || line(45, 34)) return LINE;
    return PAGE;
  };
}
fs.writeFileSync('assets/icons/notes-192.png', png(192, notebook(0)));
fs.writeFileSync('assets/icons/notes-512.png', png(512, notebook(0)));
fs.writeFileSync('assets/icons/notes-maskable-512.png', png(512, notebook(0.12)));
console.log('icons written to assets/icons/');
