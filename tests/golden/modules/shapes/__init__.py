"""The shapes package: its __init__ runs before any submodule."""
print("shapes/__init__ runs as", __name__)
VERSION = "1.0"
from .util import fmt
print("shapes/__init__ done; util bound on the package:", util.__name__)
