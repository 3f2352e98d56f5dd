# coding: gb2312
# A lead byte of gb2312 followed by a quote (check: msg; CPython says line 0).
x = '你�'
