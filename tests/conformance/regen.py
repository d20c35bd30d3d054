#!/usr/bin/env python3
"""Regenerate the CPython expectation files of the conformance suite.

Developer tool, never needed by the tests themselves.

    python3 tests/conformance/regen.py                 # everything
    python3 tests/conformance/regen.py PATH [PATH...]  # only these programs
                                                       # (files or folders)

For each test program <name>.py it writes, beside the program:
  <name>.stdout  exact stdout bytes
  <name>.status  line 1: exit code; line 2 (only when the exit code is not 0):
                 the last non-empty line of stderr
  <name>.stderr  full stderr, only for programs whose first line is
                 "# conformance: full-stderr"

Programs run as `python3 -X utf8 <name>.py` with cwd = the program's folder,
empty stdin, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, timeout 10 s.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
FULL_STDERR_MARK = "# conformance: full-stderr"
TIMEOUT = 10


def is_test(path):
    """True if `path` (absolute, *.py) is a conformance test program.

    <category>/<name>.py            single-file program
    <category>/<name>/main.py       entry point of a multi-module program
    Everything else deeper is a module of a multi-module program.
    """
    rel = os.path.relpath(path, ROOT)
    parts = rel.split(os.sep)
    base = parts[-1]
    if not base.endswith(".py") or base.startswith("_"):
        return False
    if len(parts) == 1:          # regen.py or anything at the root
        return False
    if len(parts) == 2:
        return True
    return len(parts) == 3 and base == "main.py"


def find_tests(paths):
    found = set()
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isfile(p):
            if is_test(p):
                found.add(p)
            else:
                print(f"warning: not a test program: {p}", file=sys.stderr)
            continue
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = [d for d in dirnames if d != "__pycache__"]
            for f in filenames:
                full = os.path.join(dirpath, f)
                if f.endswith(".py") and is_test(full):
                    found.add(full)
    return sorted(found)


def wants_full_stderr(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    return first.strip() == FULL_STDERR_MARK


def last_nonempty_line(text):
    for line in reversed(text.splitlines()):
        if line.strip():
            return line
    return ""


def relativize_paths(stderr, folder):
    """CPython 3.11 makes the __main__ script path absolute, so tracebacks
    show `File "/abs/dir/name.py"`. Expectations must not depend on where the
    repository is checked out: strip the program's own folder so the frames
    read `File "name.py"` (and `File "pkg/mod.py"` for imported modules)."""
    prefix = ('File "' + folder.rstrip(os.sep) + os.sep).encode("utf-8")
    return stderr.replace(prefix, b'File "')


def run_one(path):
    folder, name = os.path.split(path)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    try:
        proc = subprocess.run(
            ["python3", "-X", "utf8", name],
            cwd=folder, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    stem = os.path.join(folder, name[:-3])
    with open(stem + ".stdout", "wb") as f:
        f.write(proc.stdout)
    # A process killed by a signal (CPython re-raises SIGINT after KeyboardInterrupt) is
    # recorded as a shell reports it, 128 + the signal number.
    code = 128 - proc.returncode if proc.returncode < 0 else proc.returncode
    status = f"{code}\n"
    stderr_text = proc.stderr.decode("utf-8", errors="replace")
    if proc.returncode != 0:
        status += last_nonempty_line(stderr_text) + "\n"
    with open(stem + ".status", "w", encoding="utf-8", newline="\n") as f:
        f.write(status)
    if wants_full_stderr(path):
        with open(stem + ".stderr", "wb") as f:
            f.write(relativize_paths(proc.stderr, folder))
    elif os.path.exists(stem + ".stderr"):
        os.remove(stem + ".stderr")
    return proc.returncode, stderr_text


def main(argv):
    paths = argv[1:] or [ROOT]
    tests = find_tests(paths)
    ok = failed = timed_out = 0
    for t in tests:
        rel = os.path.relpath(t, ROOT)
        res = run_one(t)
        if res is None:
            timed_out += 1
            print(f"TIMEOUT  {rel}")
            continue
        code, err = res
        if code == 0:
            ok += 1
        else:
            failed += 1
            print(f"exit {code:<3} {rel}: {last_nonempty_line(err)}")
    print(f"{len(tests)} programs: {ok} exit 0, {failed} non-zero exit, "
          f"{timed_out} timed out")
    return 1 if timed_out else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
