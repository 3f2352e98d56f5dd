print("shapes.util runs as", __name__)


def fmt(name, area):
    return f"{name}: {area:.2f}"
try:
    from .. import nothing
except ImportError as e:
    print("ImportError:", e)
