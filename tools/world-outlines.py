"""Converts world-atlas TopoJSON (Natural Earth) to the compact outline file VenueMap reads.

Usage (in the unpacked `npm pack world-atlas@2.0.2`; iso_3166-1.json from Debian iso-codes):
    python3 tools/world-outlines.py countries-110m.json countries-50m.json iso_3166-1.json out.json
Countries absent from 1:110m (small states such as Malta, Singapore) are taken from 1:50m.
Coordinates are rounded to 0.01 degree (about 1 km, finer than 1:110m's detail).
"""
import json, sys

def decode(topo):
    sx, sy = topo['transform']['scale']; tx, ty = topo['transform']['translate']
    arcs = []
    for arc in topo['arcs']:
        x = y = 0; pts = []
        for dx, dy in arc:
            x += dx; y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    def ring(idx):
        out = []
        for i in idx:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts if not out else pts[1:])
        return out
    countries = {}
    for g in topo['objects']['countries']['geometries']:
        if g.get('arcs') is None: continue
        polys = g['arcs'] if g['type'] == 'MultiPolygon' else [g['arcs']]
        rings = [ring(r) for p in polys for r in p]
        # Kosovo, Northern Cyprus and Somaliland have no ISO code: drawn, but no venue can name them.
        countries[g.get('id', g['properties']['name'])] = (g['properties']['name'], rings)
    return countries

small, medium, iso, out = sys.argv[1:5]
alpha2 = {c['numeric']: c['alpha_2'] for c in json.load(open(iso))['3166-1']}
base = decode(json.load(open(small)))
extra = decode(json.load(open(medium)))
result = []
for source, table in (('110m', base), ('50m', {k: v for k, v in extra.items() if k in alpha2 and k not in base})):
    for num, (name, rings) in sorted(table.items()):
        flat = []
        for r in rings:
            pts = []
            for x, y in r:
                p = [round(x, 2), round(y, 2)]
                if not pts or pts[-2:] != p: pts.extend(p)
            if len(pts) >= 6: flat.append(pts)
        result.append({'code': alpha2.get(num, ''), 'name': name, 'scale': source, 'rings': flat})
json.dump({'source': 'Natural Earth 1:110m (1:50m for countries it omits), via world-atlas 2.0.2',
           'countries': result}, open(out, 'w'), separators=(',', ':'))
