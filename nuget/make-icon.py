# Regenerate with: cd nuget && python3 make-icon.py  (standard library only)
# Draws the package icon: a deep-blue rounded square with a white check mark shaped like a "V" (Verwerkers).
import struct, zlib, math
N = 128
def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx-ax, by-ay
    t = max(0, min(1, ((px-ax)*dx + (py-ay)*dy) / (dx*dx+dy*dy)))
    return math.hypot(px-(ax+t*dx), py-(ay+t*dy))
def rounded_rect_cover(x, y, r=26, m=4):
    # signed distance to a rounded rectangle spanning [m, N-m]
    cx = min(max(x, m+r), N-m-r); cy = min(max(y, m+r), N-m-r)
    d = math.hypot(x-cx, y-cy) - r
    return max(0.0, min(1.0, 0.5 - d))
bg_top, bg_bottom = (0x1F, 0x4E, 0x8C), (0x12, 0x33, 0x63)
white = (255, 255, 255); orange = (0xF2, 0x8C, 0x28)
rows = []
for y in range(N):
    row = bytearray([0])
    for x in range(N):
        px, py = x+0.5, y+0.5
        a = rounded_rect_cover(px, py)
        t = y/(N-1)
        col = [bg_top[i]*(1-t)+bg_bottom[i]*t for i in range(3)]
        # the "V" check mark
        d = min(seg_dist(px, py, 30, 56, 58, 96), seg_dist(px, py, 58, 96, 100, 30))
        cover = max(0.0, min(1.0, 9.0 - d))
        col = [col[i]*(1-cover)+white[i]*cover for i in range(3)]
        # a small orange dot (the date that matters)
        dd = math.hypot(px-96, py-94) - 9
        c2 = max(0.0, min(1.0, 0.5 - dd))
        col = [col[i]*(1-c2)+orange[i]*c2 for i in range(3)]
        row += bytes([int(round(c)) for c in col] + [int(round(a*255))])
    rows.append(bytes(row))
raw = b"".join(rows)
def chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag+data) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", N, N, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
open("icon.png", "wb").write(png)
