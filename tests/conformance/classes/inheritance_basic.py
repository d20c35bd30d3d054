# Single inheritance, overriding, super() calls, isinstance/issubclass.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak().lower() + "!"
    def describe(self):
        return Animal.describe(self) + f" (age {self.age})"
for a in (Animal("Generic"), Dog("Rex"), Puppy("Bit", 1)):
    print(a.describe())
p = Puppy("Max", 2)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, object))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
print(isinstance(p, (int, Dog)), issubclass(bool, int))
print(Puppy.__bases__[0].__name__, Puppy.__mro__[-1].__name__, [c.__name__ for c in Puppy.__mro__])
print(type(p).__name__, type(p) is Puppy, p.__class__.__name__)
print(Dog.kind, Puppy.kind, p.kind)
Dog.kind = "hound"
print(Puppy.kind, Animal.kind)
