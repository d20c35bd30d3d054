# Classes and inheritance across modules: __module__, reprs, isinstance, super().
from animals import Animal
from pets import Dog, Cat
import pets

print(Dog.__module__, Animal.__module__, Dog.__qualname__)
print(Dog, Animal, pets.Cat)
for p in [Dog("rex"), Cat("tom")]:
    print(p.speak(), isinstance(p, Animal), type(p).__name__)
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"
print(Puppy("bit").speak(), Puppy.__module__, [c.__name__ for c in Puppy.__mro__])
print(repr(Dog("x")))
