# A library system: books, members, loans with due days, fines, and reports.
class LibraryError(Exception):
    pass


class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.loaned = 0

    @property
    def available(self):
        return self.copies - self.loaned

    def __str__(self):
        return f"{self.title} by {self.author} ({self.available}/{self.copies})"


class Member:
    MAX_LOANS = 2

    def __init__(self, name):
        self.name = name
        self.loans = {}
        self.fines = 0


class Library:
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.members = {}
        self.today = 0

    def add_book(self, *args, **kwargs):
        b = Book(*args, **kwargs)
        self.books[b.isbn] = b

    def join(self, name):
        self.members[name] = Member(name)

    def checkout(self, name, isbn, days=14):
        m, b = self.members[name], self.books[isbn]
        if len(m.loans) >= Member.MAX_LOANS:
            raise LibraryError(f"{name} already has {len(m.loans)} loans")
        if b.available == 0:
            raise LibraryError(f"no copies of {b.title!r} available")
        if m.fines > 0:
            raise LibraryError(f"{name} owes {m.fines:.2f}")
        b.loaned += 1
        m.loans[isbn] = self.today + days

    def give_back(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        due = m.loans.pop(isbn)
        b.loaned -= 1
        late = max(0, self.today - due)
        m.fines += late * self.FINE_PER_DAY
        return late

    def advance(self, days):
        self.today += days


lib = Library()
lib.add_book("111", "Dune", "Herbert", copies=2)
lib.add_book("222", "Emma", "Austen")
lib.add_book("333", "Ulysses", "Joyce")
for n in ["ann", "ben", "cat"]:
    lib.join(n)
actions = [
    ("checkout", "ann", "111"), ("checkout", "ben", "111"), ("checkout", "cat", "111"),
    ("checkout", "ann", "222"), ("checkout", "ann", "333"), ("advance", 20),
    ("return", "ann", "111"), ("checkout", "ann", "333"), ("return", "ben", "111"),
    ("checkout", "cat", "111"),
]
for act in actions:
    try:
        if act[0] == "checkout":
            lib.checkout(act[1], act[2])
            print(f"day {lib.today}: {act[1]} borrowed {lib.books[act[2]].title}")
        elif act[0] == "return":
            late = lib.give_back(act[1], act[2])
            print(f"day {lib.today}: {act[1]} returned {lib.books[act[2]].title}, {late} days late")
        else:
            lib.advance(act[1])
            print(f"advanced to day {lib.today}")
    except LibraryError as e:
        print(f"day {lib.today}: refused: {e}")
for b in lib.books.values():
    print(b)
for m in lib.members.values():
    print(m.name, sorted(m.loans.items()), f"fines={m.fines:.2f}")
