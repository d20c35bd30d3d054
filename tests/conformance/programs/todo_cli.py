# A to-do list "CLI" driven by a scripted command list (no stdin), with parsing and errors.
import sys

class TodoError(Exception):
    pass

class TodoList:
    def __init__(self):
        self.items = []
        self.next_id = 1

    def add(self, text, priority="normal"):
        if priority not in ("low", "normal", "high"):
            raise TodoError(f"bad priority {priority!r}")
        item = {"id": self.next_id, "text": text, "priority": priority, "done": False}
        self.items.append(item)
        self.next_id += 1
        return item["id"]

    def find(self, ident):
        for item in self.items:
            if item["id"] == ident:
                return item
        raise TodoError(f"no item #{ident}")

    def done(self, ident):
        item = self.find(ident)
        if item["done"]:
            raise TodoError(f"item #{ident} already done")
        item["done"] = True

    def delete(self, ident):
        self.items.remove(self.find(ident))

    def listing(self, show_done=True):
        order = {"high": 0, "normal": 1, "low": 2}
        rows = sorted(self.items, key=lambda i: (i["done"], order[i["priority"]], i["id"]))
        return [f"[{'x' if i['done'] else ' '}] #{i['id']} {i['text']} ({i['priority']})"
                for i in rows if show_done or not i["done"]]

def execute(todo, line):
    cmd, _, rest = line.partition(" ")
    if cmd == "add":
        text, _, prio = rest.partition(" !")
        return f"added #{todo.add(text, prio or 'normal')}"
    if cmd in ("done", "del"):
        if not rest.isdigit():
            raise TodoError(f"{cmd} needs a number, got {rest!r}")
        (todo.done if cmd == "done" else todo.delete)(int(rest))
        return "ok"
    if cmd == "list":
        return "\n".join(todo.listing(rest != "open")) or "(empty)"
    raise TodoError(f"unknown command {cmd!r}")

script = ["list", "add buy milk", "add write report !high", "add call mom !low", "add water plants !urgent",
          "done 2", "done 2", "done x", "list", "del 1", "list open", "frobnicate", "del 9"]
todo = TodoList()
errors = 0
for line in script:
    print(f"> {line}")
    try:
        print(execute(todo, line))
    except TodoError as e:
        errors += 1
        print(f"error: {e}", file=sys.stderr)
        print(f"error: {e}")
print(f"{errors} errors")
if errors > 3:
    sys.exit(2)
