# AttributeError on None returned by a function that forgot to return.
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u

users = [{"name": "ann", "email": "ann@example.com"}]
print(find_user(users, "ann")["email"])
user = find_user(users, "bob")
print("found:", user)
print(user.get("email"))
