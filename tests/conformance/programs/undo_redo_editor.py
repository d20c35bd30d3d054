# A text editor buffer with the command pattern: insert/delete/replace, undo/redo, and macros.
class Command:
    def do(self, buf):
        raise NotImplementedError
    def undo(self, buf):
        raise NotImplementedError

class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def do(self, buf):
        buf.text = buf.text[:self.pos] + self.text + buf.text[self.pos:]
    def undo(self, buf):
        buf.text = buf.text[:self.pos] + buf.text[self.pos + len(self.text):]
    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"

class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length, self.removed = pos, length, None
    def do(self, buf):
        if self.pos + self.length > len(buf.text):
            raise IndexError(f"delete past end: {self.pos}+{self.length} > {len(buf.text)}")
        self.removed = buf.text[self.pos:self.pos + self.length]
        buf.text = buf.text[:self.pos] + buf.text[self.pos + self.length:]
    def undo(self, buf):
        buf.text = buf.text[:self.pos] + self.removed + buf.text[self.pos:]
    def __repr__(self):
        return f"Delete({self.pos}, {self.length})"

class Macro(Command):
    def __init__(self, *cmds):
        self.cmds = cmds
    def do(self, buf):
        done = []
        try:
            for c in self.cmds:
                c.do(buf)
                done.append(c)
        except Exception:
            for c in reversed(done):
                c.undo(buf)
            raise
    def undo(self, buf):
        for c in reversed(self.cmds):
            c.undo(buf)
    def __repr__(self):
        return f"Macro{self.cmds}"

class Buffer:
    def __init__(self, text=""):
        self.text = text
        self.undo_stack, self.redo_stack = [], []
    def run(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
    def undo(self):
        if not self.undo_stack:
            return False
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
        return True
    def redo(self):
        if not self.redo_stack:
            return False
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)
        return True

b = Buffer("hello world")
for cmd in [Insert(5, ","), Insert(len("hello, world"), "!"), Delete(0, 1), Insert(0, "H"),
            Macro(Delete(7, 5), Insert(7, "there"))]:
    b.run(cmd)
    print(f"{cmd!r:<45} -> {b.text!r}")
while b.undo():
    print("undo ->", repr(b.text))
print(b.redo(), b.redo(), repr(b.text))
b.run(Insert(0, ">> "))
print(b.redo(), repr(b.text), len(b.undo_stack))
try:
    b.run(Macro(Insert(0, "X"), Delete(100, 5)))
except IndexError as e:
    print("IndexError:", e, "| text unchanged:", repr(b.text))
