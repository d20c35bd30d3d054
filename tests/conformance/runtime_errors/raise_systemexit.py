# raise SystemExit with various payloads; the last one is uncaught.
for payload in [SystemExit, SystemExit(0), SystemExit(4), SystemExit("text")]:
    try:
        raise payload
    except SystemExit as e:
        print("caught SystemExit with code", repr(e.code))
try:
    raise SystemExit
except Exception:
    print("never: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException handler got", type(e).__name__)
print("raising SystemExit(2)")
raise SystemExit(2)
