# conformance: full-stderr
# Notes added with add_note() are printed after the exception line.
def check_port(port):
    if not 0 < port < 65536:
        err = ValueError(f"port out of range: {port}")
        err.add_note("ports must be between 1 and 65535")
        raise err
    return port


print(check_port(8080))
check_port(70000)
