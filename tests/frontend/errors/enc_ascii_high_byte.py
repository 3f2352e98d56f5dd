# -*- coding: us-ascii -*-
# A byte above 0x7f in an ASCII file (check: msg; CPython says line 0).
x = 'é'
