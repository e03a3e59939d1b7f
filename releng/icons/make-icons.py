#!/usr/bin/env python3
"""Draws Cupola's view icons with ImageMagick `convert` from simple shapes, at 16x16 and @2x (32x32).

Usage: releng/icons/make-icons.py [OUT_DIR]   (default: bundles/org.cupola.ui/icons)
Each shape is given in 16-pixel coordinates and scaled for @2x, so both sizes are drawn, not resampled.
Colours are mid-tones with a dark or white outline, legible on light and dark themes (README, "Icons").
"""
import os
import subprocess
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'bundles',
                                                         'org.cupola.ui', 'icons')
DARK = '#2e3440'
BODY = '#8a97a8'
PAPER = '#ffffff'


def s(v, k):
    return '%g' % (v * k)


def rect(x1, y1, x2, y2, fill, stroke, k, w=1.0, r=0):
    prim = 'roundrectangle %s,%s %s,%s %s,%s' % (s(x1, k), s(y1, k), s(x2, k), s(y2, k), s(r, k), s(r, k)) if r \
        else 'rectangle %s,%s %s,%s' % (s(x1, k), s(y1, k), s(x2, k), s(y2, k))
    return ['-fill', fill, '-stroke', stroke, '-strokewidth', s(w, k), '-draw', prim]


def circle(cx, cy, rad, fill, stroke, k, w=1.0):
    return ['-fill', fill, '-stroke', stroke, '-strokewidth', s(w, k),
            '-draw', 'circle %s,%s %s,%s' % (s(cx, k), s(cy, k), s(cx + rad, k), s(cy, k))]


def line(x1, y1, x2, y2, stroke, k, w=1.0):
    return ['-fill', 'none', '-stroke', stroke, '-strokewidth', s(w, k),
            '-draw', 'line %s,%s %s,%s' % (s(x1, k), s(y1, k), s(x2, k), s(y2, k))]


def poly(points, fill, stroke, k, w=1.0, kind='polygon'):
    pts = ' '.join('%s,%s' % (s(x, k), s(y, k)) for x, y in points)
    return ['-fill', fill, '-stroke', stroke, '-strokewidth', s(w, k), '-draw', '%s %s' % (kind, pts)]


def printer(k, dx=0.0, dy=0.0, body=BODY):
    return (rect(4.5 + dx, 1.5 + dy, 11.5 + dx, 6.5 + dy, PAPER, DARK, k)
            + rect(1.5 + dx, 5.5 + dy, 14.5 + dx, 11.5 + dy, body, DARK, k, r=1.5)
            + rect(4.5 + dx, 9.5 + dy, 11.5 + dx, 14.5 + dy, PAPER, DARK, k)
            + line(6 + dx, 11.5 + dy, 10 + dx, 11.5 + dy, '#9aa5b1', k)
            + circle(12.5 + dx, 7.5 + dy, 0.6, '#43a047', '#43a047', k, 0.5))


def printer_class(k):
    # two printers, the back one offset up and right: a class sends jobs to its members
    back = (rect(5.5, 0.5, 15.5, 8.5, '#6f7c8d', DARK, k, r=1.5))
    front = (rect(3.5, 4.5, 9.5, 8.5, PAPER, DARK, k)
             + rect(0.5, 7.5, 12.5, 13.5, BODY, DARK, k, r=1.5)
             + rect(3.5, 11.5, 9.5, 15.5, PAPER, DARK, k))
    return back + front


def badge(fill, k):  # a 7x7 overlay disc with a white rim (legible on both themes)
    return circle(3.5, 3.5, 3.0, fill, '#ffffff', k, 0.7)


ICONS = {
    'printer': printer,
    'printer_class': printer_class,
    # state overlays, 7x7 (DecorationOverlayIcon draws them in a corner at their own size)
    'ovr_processing': lambda k: badge('#2e7d32', k) + poly([(2.5, 1.8), (5.3, 3.5), (2.5, 5.2)], '#ffffff', 'none', k, 0),
    'ovr_stopped': lambda k: rect(0.5, 0.5, 6.5, 6.5, '#d32f2f', '#ffffff', k, 0.7, r=1.0)
    + rect(2.6, 2.6, 4.4, 4.4, '#ffffff', 'none', k, 0),
    'ovr_rejecting': lambda k: badge('#e65100', k) + rect(1.6, 3.0, 5.4, 4.0, '#ffffff', 'none', k, 0),
    'ovr_default': lambda k: badge('#f9a825', k) + poly([(1.8, 3.6), (3.1, 4.9), (5.3, 2.2)], 'none', DARK, k, 1.1, 'polyline'),
    'ovr_shared': lambda k: badge('#1565c0', k) + line(2.0, 5.0, 5.0, 2.0, '#ffffff', k, 0.9)
    + poly([(3.2, 1.9), (5.1, 1.9), (5.1, 3.8)], '#ffffff', 'none', k, 0),
    # devices, by connection type
    'dev_usb': lambda k: line(8, 2.5, 8, 12.5, '#1e88e5', k, 1.4) + poly([(8, 0.8), (10, 3.6), (6, 3.6)], '#1e88e5', '#1e88e5', k, 0.5)
    + poly([(8, 9), (4.2, 6.8), (4.2, 5.2)], 'none', '#1e88e5', k, 1.2, 'polyline')
    + poly([(8, 8), (11.8, 5.8), (11.8, 4.4)], 'none', '#1e88e5', k, 1.2, 'polyline')
    + circle(4.2, 4.6, 1.2, '#1e88e5', '#1e88e5', k, 0.5) + rect(10.9, 3.0, 12.7, 4.8, '#1e88e5', '#1e88e5', k, 0.5)
    + circle(8, 13.2, 1.8, '#1e88e5', '#ffffff', k, 0.8),
    'dev_network': lambda k: circle(8, 8, 6.3, '#64b5f6', '#0d47a1', k, 1.2)
    + ['-fill', 'none', '-stroke', '#0d47a1', '-strokewidth', s(1.0, k), '-draw',
       'ellipse %s,%s %s,%s 0,360' % (s(8, k), s(8, k), s(2.6, k), s(6.3, k))]
    + line(1.8, 8, 14.2, 8, '#0d47a1', k, 1.0) + line(8, 1.7, 8, 14.3, '#0d47a1', k, 1.0),
    'dev_socket': lambda k: rect(5.5, 0.8, 6.9, 4.8, '#ffffff', '#4527a0', k, 0.9) + rect(9.1, 0.8, 10.5, 4.8, '#ffffff', '#4527a0', k, 0.9)
    + rect(3.5, 4.5, 12.5, 10.5, '#9575cd', '#4527a0', k, 1.0, r=1.5) + line(8, 10.5, 8, 15, '#4527a0', k, 1.6),
    'dev_lpd': lambda k: rect(5.5, 0.5, 14.5, 6.5, '#ffffff', '#33691e', k) + rect(3.5, 3.5, 12.5, 9.5, '#ffffff', '#33691e', k)
    + rect(1.5, 6.5, 10.5, 12.5, '#aed581', '#33691e', k) + line(3, 9, 9, 9, '#33691e', k) + line(3, 11, 7, 11, '#33691e', k)
    + poly([(11, 13.5), (15, 13.5), (13, 15.5)], '#33691e', '#33691e', k, 0.5),
    'dev_file': lambda k: poly([(3.5, 0.5), (9.5, 0.5), (13.5, 4.5), (13.5, 15.5), (3.5, 15.5)], '#ffffff', '#546e7a', k)
    + poly([(9.5, 0.5), (9.5, 4.5), (13.5, 4.5)], '#cfd8dc', '#546e7a', k)
    + line(5.5, 8, 11.5, 8, '#78909c', k) + line(5.5, 10.5, 11.5, 10.5, '#78909c', k) + line(5.5, 13, 9.5, 13, '#78909c', k),
    'dev_other': lambda k: circle(8, 8, 6.5, '#b0bec5', '#37474f', k, 1.2)
    + ['-fill', '#263238', '-stroke', 'none', '-font', 'DejaVu-Sans-Bold', '-pointsize', s(10, k), '-gravity', 'center',
       '-annotate', '+0+0', '?'],
}

SIZES = {'ovr_': 7}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, draw in ICONS.items():
        base = next((v for p, v in SIZES.items() if name.startswith(p)), 16)
        for k, suffix in ((1, ''), (2, '@2x')):
            size = base * k
            out = os.path.join(OUT, name + suffix + '.png')
            cmd = ['convert', '-size', '%dx%d' % (size, size), 'xc:none', '-antialias'] + draw(k) + ['PNG32:' + out]
            subprocess.run(cmd, check=True)
    print('make-icons: %d icons (16x16 and @2x) in %s' % (len(ICONS), os.path.abspath(OUT)))


if __name__ == '__main__':
    main()
