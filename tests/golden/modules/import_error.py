# ImportError at run time: a name the module lacks, a relative import in the main file
import mod_raiser
try:
    from mod_raiser import run, missing
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[: msg.index(" (")], msg.endswith("mod_raiser.py)"))
print("continuing")
from . import mod_raiser
