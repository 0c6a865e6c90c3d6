// Writes the lat/lon columns of src/Corroborate.Reference/Data/countries.tsv: the centre of each country's largest
// land polygon in Natural Earth (public domain; the world-atlas npm package the web app already installs), so that a
// country mentioned in a report sits where a reader would put it rather than at its capital.
// Run from the repository root after the web app's npm install:  node scripts/country-centroids.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(new URL("../src/Corroborate.Web/package.json", import.meta.url));
const topojson = require("topojson-client");
const atlas = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const features = topojson.feature(atlas, atlas.objects.countries).features;

// Planar area and centroid of a ring (lon/lat degrees): enough to rank polygons and place a point inside a country.
function ringCentroid(ring) {
  let a = 0, x = 0, y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j], [x1, y1] = ring[i];
    const f = x0 * y1 - x1 * y0;
    a += f; x += (x0 + x1) * f; y += (y0 + y1) * f;
  }
  return { area: Math.abs(a / 2), lon: x / (3 * a), lat: y / (3 * a) };
}

const centres = new Map();
for (const f of features) {
  if (!f.id || !f.geometry) continue;
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  const best = polygons.map(p => ringCentroid(p[0])).sort((a, b) => b.area - a.area)[0];
  // Some ids carry several features (Australia and its Ashmore and Cartier Islands): the largest polygon wins.
  const id = String(f.id).padStart(3, "0");
  if (best && Number.isFinite(best.lat) && !(centres.get(id)?.area >= best.area)) centres.set(id, best);
}

const path = new URL("../src/Corroborate.Reference/Data/countries.tsv", import.meta.url);
let placed = 0;
const lines = readFileSync(path, "utf8").split("\n").map(line => {
  if (line === "" || line.startsWith("#")) return line;
  const c = line.split("\t");
  while (c.length < 12) c.push("");
  const centre = centres.get(c[9]);
  c[10] = centre ? centre.lat.toFixed(3) : "";
  c[11] = centre ? centre.lon.toFixed(3) : "";
  if (centre) placed++;
  return c.join("\t");
});
writeFileSync(path, lines.join("\n"));
console.log(`countries.tsv: ${placed} countries placed at the centre of their largest polygon`);
