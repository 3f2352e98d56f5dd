# Exception classes with __init__ and __str__, raised and caught.
class HttpError(Exception):
    def __init__(self, status, reason):
        Exception.__init__(self, status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}"

class NotFoundError(HttpError):
    pass

def fetch(path):
    if path != "/":
        raise NotFoundError(404, "Not Found")
    return "ok"

print(fetch("/"))
try:
    fetch("/missing")
except HttpError as e:
    print("error:", e, "|", e.status, e.reason, e.args)
    print(type(e).__name__, isinstance(e, NotFoundError))
