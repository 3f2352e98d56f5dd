# coding: gb2312
# A multi-byte codec (EUC-CN): two bytes per character.
问候 = "你好，世界"
print(问候, f"{问候!r:>12}")
