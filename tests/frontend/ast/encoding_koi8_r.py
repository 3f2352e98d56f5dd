# -*- coding: koi8-r -*-
# PEP 263: a KOI8-R file. CPython decodes it before it tokenizes; columns are
# byte offsets into the UTF-8 form of each decoded line.
привет = "мир"  # комментарий
def функция(аргумент, *, ключ="значение"):
    return f"{аргумент!r} и {ключ:>10}" + 'ёЁ'
класс = [функция(х) for х in ("а", "бв", "где")]
x = {"ключ": привет, 'ж': b"bytes", "щ": r"\сырой"}
print(привет, x["ключ"][1:], класс)
