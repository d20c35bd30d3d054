# conformance: full-stderr
# Implicit chaining: "During handling of the above exception, another exception occurred:".
def cleanup():
    raise RuntimeError("cleanup failed")


def run():
    try:
        raise OSError("disk unavailable")
    except OSError:
        cleanup()


run()
