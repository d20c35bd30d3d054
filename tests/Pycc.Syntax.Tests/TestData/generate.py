"""Regenerates the expectations of Pycc.Syntax.Tests from CPython 3.11.

    python3 generate.py

grammar_cases.py lists sources CPython's parser accepts: grammar_expected.json gets ast.dump of each, without
and with positions. error_cases.py lists invalid sources: error_expected.json gets the
exception CPython's compile() raises for each (compiled from a str, as PythonParser.Parse
does, with the source also saved as t.py so that CPython can show the line of errors its
compiler finds) and the text CPython prints for it when uncaught. The tests need no Python.
"""
import ast, io, json, os, sys, tempfile

assert sys.version_info[:2] == (3, 11), sys.version
here = os.path.dirname(os.path.abspath(__file__))


def load(name):
    ns = {}
    with open(os.path.join(here, name), encoding='utf-8') as f:
        exec(f.read(), ns)
    return ns['CASES']


def display(e):
    # The C printer, as for an uncaught exception, without the traceback header.
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        sys.__excepthook__(type(e), e.with_traceback(None), None)
    finally:
        sys.stderr = old
    return err.getvalue().rstrip('\n')


def main():
    # CPython reads the text of an error's line from the file named in it.
    os.chdir(tempfile.mkdtemp())
    grammar = []
    for src in load('grammar_cases.py'):
        try:
            tree = ast.parse(src, 't.py')
        except SyntaxError as e:
            raise SystemExit('%r: %s' % (src, e))
        grammar.append({'src': src, 'dump': ast.dump(tree),
                        'positions': ast.dump(tree, include_attributes=True)})
    errors = []
    for src in load('error_cases.py'):
        with open('t.py', 'w', encoding='utf-8', newline='') as f:
            f.write(src)
        try:
            compile(src, 't.py', 'exec', dont_inherit=True)
        except SyntaxError as e:
            errors.append({'src': src, 'kind': type(e).__name__, 'msg': e.msg,
                           'line': e.lineno, 'offset': e.offset, 'end_line': e.end_lineno,
                           'end_offset': e.end_offset, 'display': display(e)})
            continue
        except (RecursionError, MemoryError, ValueError) as e:
            errors.append({'src': src, 'kind': type(e).__name__, 'msg': str(e)})
            continue
        raise SystemExit('no error for %r' % src)
    with open(os.path.join(here, 'grammar_expected.json'), 'w', encoding='utf-8') as f:
        json.dump(grammar, f, ensure_ascii=False, indent=0)
    with open(os.path.join(here, 'error_expected.json'), 'w', encoding='utf-8') as f:
        json.dump(errors, f, ensure_ascii=False, indent=0)
    print(len(grammar), 'grammar cases,', len(errors), 'error cases')


main()
