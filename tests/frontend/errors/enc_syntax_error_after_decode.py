# -*- coding: koi8-r -*-
# A syntax error after non-ASCII text: CPython's column counts the decoded
# characters.
слово = 'значение' + 'жж
