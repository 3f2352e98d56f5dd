from __future__ import annotations
import os
import os.path
import a, b, c
import numpy as np
import a.b.c as d, e
from os import path
from os import path as p, sep
from . import x
from .. import y
from ...pkg import z
from .mod import (a, b as bb,
                  c)
from pkg.sub import *
from . import *
