def inner():
    raise KeyError("deep")

def outer():
    try:
        inner()
    except KeyError:
        print("cleaning up")
        raise

outer()
