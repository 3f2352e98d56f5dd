# coding: utf8
# A UTF-8 byte order mark and a coding cookie other than utf-8 (check: msg;
# CPython says line 0, before any line is read; py2c points at the cookie).
print("我")
