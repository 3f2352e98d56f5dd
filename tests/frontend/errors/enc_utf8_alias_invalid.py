# coding: utf8
# utf8 is not a spelling the tokenizer takes as UTF-8: the utf_8 codec decodes
# the file and reports bytes E2 82 (check: msg; CPython says line 0).
x = 'â‚'
