"""Small recursive ray tracer: spheres over a checkered plane, two point lights,
shadows and mirror reflections. Exercises a Vector class with operator
overloading, many short-lived objects and polymorphic intersection methods.
"""

import math

WIDTH = 256
HEIGHT = 192
MAX_DEPTH = 3
EPSILON = 1e-6


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def hadamard(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)


BLACK = Vector(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, diffuse, reflect):
        Material.__init__(self, color, diffuse, 0.0, 1, reflect)
        self.other = other

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = Vector(0.08, 0.08, 0.1)

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vector(0.2, 0.3, 0.5) * (0.5 + 0.5 * ray.direction.y)
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        material = obj.material
        base = material.color_at(point)
        color = base.hadamard(self.ambient)
        for light in self.lights:
            offset = light.position - point
            distance = offset.length()
            to_light = offset * (1.0 / distance)
            lambert = normal.dot(to_light)
            if lambert <= 0.0 or self.shadowed(point, to_light, distance):
                continue
            color = color + base.hadamard(light.color) * (material.diffuse * lambert)
            if material.specular > 0.0:
                half = (to_light - ray.direction).normalized()
                spec = max(0.0, normal.dot(half)) ** material.shininess
                color = color + light.color * (material.specular * spec)
        if material.reflect > 0.0 and depth < MAX_DEPTH:
            d = ray.direction
            bounce = d - normal * (2.0 * d.dot(normal))
            reflected = self.trace(Ray(point, bounce), depth + 1)
            color = color * (1.0 - material.reflect) + reflected * material.reflect
        return color


def build_scene():
    scene = Scene()
    scene.objects.append(Plane(Vector(0.0, -1.0, 0.0), Vector(0.0, 1.0, 0.0),
                               Checker(Vector(0.9, 0.9, 0.9), Vector(0.1, 0.1, 0.1), 0.8, 0.25)))
    scene.objects.append(Sphere(Vector(0.0, 0.0, -4.0), 1.0,
                                Material(Vector(0.9, 0.2, 0.2), 0.7, 0.5, 32, 0.3)))
    scene.objects.append(Sphere(Vector(-2.1, -0.2, -5.0), 0.8,
                                Material(Vector(0.2, 0.8, 0.3), 0.8, 0.3, 16, 0.1)))
    scene.objects.append(Sphere(Vector(2.0, 0.3, -5.5), 1.3,
                                Material(Vector(0.3, 0.4, 0.9), 0.6, 0.8, 64, 0.5)))
    scene.objects.append(Sphere(Vector(0.7, -0.7, -2.6), 0.3,
                                Material(Vector(0.9, 0.8, 0.1), 0.9, 0.2, 8, 0.0)))
    scene.lights.append(Light(Vector(-5.0, 5.0, 0.0), Vector(0.8, 0.8, 0.8)))
    scene.lights.append(Light(Vector(4.0, 3.0, -1.0), Vector(0.4, 0.35, 0.3)))
    return scene


def to_byte(v):
    v = 0.0 if v < 0.0 else (1.0 if v > 1.0 else v)
    return int(v * 255.0 + 0.5)


def render(scene):
    eye = Vector(0.0, 0.4, 1.0)
    aspect = WIDTH / HEIGHT
    scale = math.tan(math.radians(30.0))
    checksum = 0
    totals = [0, 0, 0]
    for j in range(HEIGHT):
        y = (1.0 - 2.0 * (j + 0.5) / HEIGHT) * scale
        for i in range(WIDTH):
            x = (2.0 * (i + 0.5) / WIDTH - 1.0) * scale * aspect
            direction = Vector(x, y, -1.0).normalized()
            c = scene.trace(Ray(eye, direction), 0)
            r, g, b = to_byte(c.x), to_byte(c.y), to_byte(c.z)
            totals[0] += r
            totals[1] += g
            totals[2] += b
            checksum = (checksum * 131 + (r << 16 | g << 8 | b)) % 2147483647
    return totals, checksum


def main():
    totals, checksum = render(build_scene())
    print("rgb totals", totals[0], totals[1], totals[2], "checksum", checksum)


main()
