#!/usr/bin/env python3
# vim: set fileencoding=latin-1 :
# Line 2's cookie counts because line 1 is a comment; CR LF line ends.
s = " ¡¢£¤¥¦§¨©ª«¬­®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ"
café = "naïve" ; ß = s[3:]
if café:
    déjà = (café,
            ß)
