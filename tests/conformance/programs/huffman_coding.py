# Huffman coding with deterministic tie-breaking: build codes, encode, decode, compression ratio.
TEXT = "this is an example of a huffman tree built deterministically"

def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(count, i, ch) for i, (ch, count) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append((a[0] + b[0], counter, (a, b)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        payload = node[2]
        if isinstance(payload, str):
            codes[payload] = prefix or "0"
        else:
            walk(payload[0], prefix + "0")
            walk(payload[1], prefix + "1")
    walk(nodes[0], "")
    return freq, codes

def encode(text, codes):
    return "".join(codes[ch] for ch in text)

def decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in reverse:
            out.append(reverse[cur])
            cur = ""
    if cur:
        raise ValueError(f"dangling bits {cur!r}")
    return "".join(out)

freq, codes = build_codes(TEXT)
for ch in sorted(codes, key=lambda c: (len(codes[c]), codes[c])):
    print(f"{ch!r:>5} {freq[ch]:>3} {codes[ch]}")
bits = encode(TEXT, codes)
print(len(bits), "bits vs", len(TEXT) * 8, f"({len(bits) / (len(TEXT) * 8):.1%})")
print(bits[:64])
print(decode(bits, codes) == TEXT)
prefix_free = all(not b.startswith(a) for a in codes.values() for b in codes.values() if a != b)
print("prefix free:", prefix_free)
packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big")
print(packed.hex())
try:
    decode(bits[:-1], codes)
except ValueError as e:
    print("ValueError:", e)
