# Employee records: classes with inheritance, sorting by multiple keys, grouping, raises.
class Employee:
    raise_rate = 0.03

    def __init__(self, name, dept, salary, years):
        self.name, self.dept, self.salary, self.years = name, dept, salary, years

    def annual_raise(self):
        return round(self.salary * self.raise_rate, 2)

    def __repr__(self):
        return f"{type(self).__name__}({self.name}, {self.dept}, {self.salary})"

    def __lt__(self, other):
        return (self.dept, -self.salary, self.name) < (other.dept, -other.salary, other.name)


class Manager(Employee):
    raise_rate = 0.05

    def __init__(self, name, dept, salary, years, reports=()):
        super().__init__(name, dept, salary, years)
        self.reports = list(reports)

    def annual_raise(self):
        return round(super().annual_raise() + 100 * len(self.reports), 2)


staff = [
    Employee("dana", "eng", 98000, 4), Employee("eli", "eng", 105000, 7), Employee("fay", "ops", 67000, 2),
    Employee("gus", "ops", 67000, 9), Employee("hal", "sales", 55000, 1), Employee("ivy", "eng", 98000, 3),
]
bosses = [Manager("kim", "eng", 150000, 12, reports=[s for s in staff if s.dept == "eng"]),
          Manager("lou", "ops", 120000, 8, reports=[s for s in staff if s.dept == "ops"])]
everyone = staff + bosses
for e in sorted(everyone):
    print(f"{e.dept:<6}{e.name:<6}{e.salary:>8}{e.annual_raise():>10.2f}")
by_dept = {}
for e in everyone:
    by_dept.setdefault(e.dept, []).append(e)
for dept, members in sorted(by_dept.items()):
    total = sum(m.salary for m in members)
    print(f"{dept}: {len(members)} people, payroll {total:,}, avg {total / len(members):,.2f}")
senior = [e.name for e in sorted(everyone, key=lambda e: (-e.years, e.name))[:3]]
print("most senior:", senior)
print("managers:", [(m.name, [r.name for r in m.reports]) for m in bosses])
print("raise budget:", round(sum(e.annual_raise() for e in everyone), 2))
print(min(everyone), max(everyone))
