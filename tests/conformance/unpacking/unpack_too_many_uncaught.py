# Uncaught ValueError: too many values to unpack (expected 2).
def parse_pair(s):
    key, value = s.split("=")
    return key.strip(), value.strip()

config = {}
for line in ["host = localhost", "port = 8080", "url = http://x?a=b"]:
    k, v = parse_pair(line)
    config[k] = v
    print(config)
