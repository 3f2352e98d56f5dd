

# coding: latin-1
# A cookie on line 3 does not count: the file is UTF-8 (check: line;
# py2c's wording for invalid UTF-8 differs).
x = 'é'
