"""Sorting and list comprehensions: records as tuples and as objects are sorted
by key functions, multi-key tuples, reverse order and by repeated stable passes;
results are checked against each other and summarised with comprehensions.
"""

COUNT = 60000
ROUNDS = 8

DEPARTMENTS = ["ops", "dev", "qa", "sales", "legal", "hr"]


class Employee:
    def __init__(self, ident, name, department, salary, age):
        self.ident = ident
        self.name = name
        self.department = department
        self.salary = salary
        self.age = age


def make_people(n):
    people = []
    state = 2024
    for i in range(n):
        state = (state * 48271) % 2147483647
        name = "emp%05d" % (state % 100000)
        people.append(Employee(i, name, DEPARTMENTS[state % 6], 30000 + state % 90001, 20 + state % 45))
    return people


def by_department_then_salary(people):
    return sorted(people, key=lambda p: (p.department, -p.salary, p.ident))


def stable_passes(people):
    # Sorting by the least significant key first gives the same order.
    result = sorted(people, key=lambda p: p.ident)
    result.sort(key=lambda p: p.salary, reverse=True)
    result.sort(key=lambda p: p.department)
    return result


def main():
    people = make_people(COUNT)
    checksum = 0
    for r in range(ROUNDS):
        a = by_department_then_salary(people)
        b = stable_passes(people)
        assert [p.ident for p in a] == [p.ident for p in b]
        rows = [(p.age, p.name, p.ident) for p in people if p.age % (r + 2) == 0]
        rows.sort()
        names = sorted({p.name for p in people}, key=len)
        oldest = sorted(people, key=lambda p: p.age, reverse=True)[:5]
        checksum = (checksum * 7 + sum(p.ident for p in a[:100]) + rows[0][2]
                    + len(names) + sum(p.ident for p in oldest)) % 1000000007
    top = [(d, max(p.salary for p in people if p.department == d)) for d in DEPARTMENTS]
    print("checksum", checksum)
    print("top", top)
    print("first", a[0].name, a[0].department, a[0].salary, "last", a[-1].name, a[-1].salary)


main()
