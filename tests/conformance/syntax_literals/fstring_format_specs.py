# f-strings with format specs, nested specs and the = specifier.
x = 1234.5678
n = 255
s = "hi"
width = 10
prec = 3
print(f"{x:.2f}|{x:10.1f}|{x:<10.1f}|{x:^12.3f}|{x:e}|{x:.3E}|{x:g}")
print(f"{x:,}|{x:_.2f}|{n:,}|{10**7:_}")
print(f"{n:d}|{n:5d}|{n:05d}|{n:+d}|{-n:+d}|{n: d}")
print(f"{n:x}|{n:X}|{n:#x}|{n:o}|{n:#o}|{n:b}|{n:#b}|{n:08b}")
print(f"{s:>5}|{s:<5}|{s:^6}|{s:*^6}|{s:->5}")
print(f"{x:{width}.{prec}f}|{s:{'#'}>{width}}")
print(f"{0.25:%}|{0.25:.1%}|{1/3:.4}")
print(f"{x=}", f"{n = }", f"{s=!s}", f"{x=:.1f}")
print(f"{n + 1=}", f"{s.upper()=}")
print(f"{65:c}", f"{True:d}", f"{3:.2f}")
print(f"{-0.0:.1f}|{1e100:.3g}|{float('inf'):f}|{float('nan'):F}")
print(f"{123:=+8}|{-123:=8}|{123:0=8}")
print(f"{12345678:,d}|{-1234.5:,.1f}")
print(f"{2**70:,}")
print(f"{1.0:g}|{100000.0:g}|{1000000.0:g}|{0.0001:g}|{0.00001:g}")
print(f"{'abc':.2}|{'abcdef':>8.3}")
print(f"{n:#010x}|{n:#_b}")
