# str comparison is by code point, also between astral characters and the top of the BMP.
pua = "\ue000"
smile = "\U0001F600"
print(smile > pua, pua < smile, max(pua, smile) == smile)
words = ["z", smile, pua, "a" + smile, "a" + pua, "\uffff", "\U00010000"]
print([hex(ord(w[-1])) for w in sorted(words)])
print(sorted(words, reverse=True) == sorted(words)[::-1])
print(min(words) == "a" + pua, smile.__lt__(pua), (smile,) > (pua,))
