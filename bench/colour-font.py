#!/usr/bin/env python3
"""Builds the colour font of bench/restyle.mjs's RESTYLE_ICON_FONT variants (an experiment, not
shipped): the badge's four icons as COLR glyphs at U+2713, U+2139, U+26A0 and U+2715, each a shape in
the severity's border colour and a mark in the theme's surface colour, with a light CPAL palette (white
marks) and a dark one (near-black marks); icons and colours are read from src/styles.css.

    apt-get install -y python3-fonttools python3-brotli
    /usr/bin/python3 bench/colour-font.py /tmp/elb-icons.woff2
    RESTYLE_ICON_FONT=/tmp/elb-icons.woff2 npm run bench:restyle
"""
import io
import pathlib
import re
import sys

from fontTools.colorLib.builder import buildCOLR, buildCPAL
from fontTools.fontBuilder import FontBuilder
from fontTools.misc.timeTools import timestampFromString
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.svgLib.path import parse_path

CSS = (pathlib.Path(__file__).parent.parent / 'src' / 'styles.css').read_text()
SEVERITIES = {'success': 0x2713, 'info': 0x2139, 'warning': 0x26A0, 'error': 0x2715}


def palette(selector):
    """The severities' border colours and the surface colour (the marks) of one theme's block."""
    block = CSS[CSS.index(selector):]
    block = block[:block.index('}')]
    colour = lambda name: re.search(r'--elb-%s: (#[0-9a-f]{6});' % name, block).group(1)
    return [colour(f'{severity}-border') for severity in SEVERITIES] + [colour('surface')]


LIGHT = palette(":where(:root, [data-theme='light'])")
DARK = palette(":where([data-theme='dark'])")


def outline(d):
    """A 16x16 SVG path (y down) as a TrueType glyph of a 1600-unit em (y up, top at 1300)."""
    pen = TTGlyphPen(None)
    parse_path(d, TransformPen(Cu2QuPen(pen, 1.0, reverse_direction=True), (100, 0, 0, -100, 0, 1300)))
    return pen.glyph()


def rgba(hex_colour):
    return tuple(int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)) + (1.0,)


order = ['.notdef', 'space']
glyphs = {name: TTGlyphPen(None).glyph() for name in order}
advances = {'.notdef': 800, 'space': 400}
cmap = {0x20: 'space'}
layers = {}
for index, (severity, codepoint) in enumerate(SEVERITIES.items()):
    d = re.search(r"--elb-icon-%s: url\(\"data:image/svg\+xml,[^\"]*?d='([^']*)'" % severity, CSS).group(1)
    shape, *marks = ['M' + part for part in d.split('M') if part.strip()]
    base, lower, upper = f'icon.{severity}', f'{severity}.shape', f'{severity}.mark'
    order += [base, lower, upper]
    glyphs[base] = outline(d)  # what a renderer without COLR shows
    glyphs[lower] = outline(shape)
    glyphs[upper] = outline(' '.join(marks))
    advances.update({base: 1600, lower: 1600, upper: 1600})
    cmap[codepoint] = base
    layers[base] = [(lower, index), (upper, len(SEVERITIES))]

fb = FontBuilder(1600, isTTF=True)
fb.setupGlyphOrder(order)
fb.setupCharacterMap(cmap)
fb.setupGlyf(glyphs)
glyf = fb.font['glyf']
metrics = {}
for name in order:
    glyf[name].recalcBounds(glyf)
    # The left side bearing must equal xMin, or renderers shift the outline.
    metrics[name] = (advances[name], getattr(glyf[name], 'xMin', 0))
fb.setupHorizontalMetrics(metrics)
fb.setupHorizontalHeader(ascent=1300, descent=-300)
fb.setupNameTable({'familyName': 'elb-icons', 'styleName': 'Regular'})
fb.setupOS2(sTypoAscender=1300, sTypoDescender=-300, usWinAscent=1300, usWinDescent=300)
fb.setupPost()
# A fixed date, so that every build gives the same bytes.
stamp = timestampFromString('Thu Dec  3 00:00:00 2026')
fb.updateHead(created=stamp, modified=stamp)
fb.font['COLR'] = buildCOLR(layers)
fb.font['CPAL'] = buildCPAL([[rgba(c) for c in LIGHT], [rgba(c) for c in DARK]])
fb.font.flavor = 'woff2'
buffer = io.BytesIO()
fb.font.save(buffer)
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else 'elb-icons.woff2')
out.write_bytes(buffer.getvalue())
print(f'{out}: {len(buffer.getvalue())} bytes')
