from animals import Animal


class Dog(Animal):
    sound = "woof"


class Cat(Animal):
    sound = "meow"
