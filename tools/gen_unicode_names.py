#!/usr/bin/env python3
"""Generate py2c's Unicode character name table (for \\N{NAME} escapes).

Usage: gen_unicode_names.py OUTPUT.c

The data comes from the running Python's own `unicodedata` module, so that with
python3.11 (Unicode 14.0) py2c accepts exactly the names CPython 3.11 accepts:

- every character name `unicodedata.name` knows, except the algorithmic
  HANGUL SYLLABLE and CJK UNIFIED IDEOGRAPH names (decoded in
  src/frontend/unicode_names.c, as CPython does, case-sensitively); names of the
  form PREFIX-<hex code point> that come in runs (CJK COMPATIBILITY IDEOGRAPH-,
  NUSHU CHARACTER-, ...) become a small range table instead of entries;
- the name aliases (NameAliases.txt) CPython keeps. `unicodedata` cannot list
  them, so they are taken from Debian's /usr/share/unicode/NameAliases.txt when
  it exists and, on CPython >= 3.10, from CPython's name database itself (it
  stores alias names at private code points U+F0000..U+F01FF, readable through
  the unicodedata._ucnhash_CAPI capsule with ctypes). Every alias is checked
  with unicodedata.lookup, which must give one character. With neither source
  the table has no aliases (and a warning is printed): \\N{alias} then reports
  CPython's "unknown Unicode character name".
- named sequences are left out: \\N{} does not accept them.

Table layout (read by src/frontend/unicode_names.c): the names, upper case and sorted bytewise,
front-coded in blocks of BLOCK entries. Each entry is
  shared-prefix-length, suffix-length, suffix bytes, code point
where the code point is 3 bytes big endian in a block's first entry (whose
shared-prefix-length is 0, so a binary search over the blocks' first names finds
the one block to scan), else the difference to the previous entry's, zigzag
encoded (0, -1, 1, -2, ... -> 0, 1, 2, 3, ...) as LEB128 (7 bits a byte, low
first, high bit set on all but the last).
"""
import os
import re
import sys
import unicodedata

BLOCK = 32
RANGE_MIN_RUN = 16          # PREFIX-<hex> names in runs at least this long become ranges
ALGO_PREFIXES = ("HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-")
NAME_ALIASES_TXT = "/usr/share/unicode/NameAliases.txt"


def warn(msg):
    print("gen_unicode_names.py: warning: " + msg, file=sys.stderr)


def single_char_lookup(name):
    """The code point unicodedata.lookup gives for name, None unless one character."""
    try:
        s = unicodedata.lookup(name)
    except KeyError:
        return None
    return ord(s) if len(s) == 1 else None


def aliases_from_file(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [x.strip() for x in line.split(";")]
            if len(fields) < 2:
                continue
            cp = single_char_lookup(fields[1])
            if cp is not None:      # an alias newer than this Python's Unicode: skip
                out[fields[1].upper()] = cp
    return out


def aliases_from_cpython():
    """Alias names stored in CPython's own name database (3.10+ capsule layout)."""
    if sys.implementation.name != "cpython" or sys.version_info < (3, 10):
        return None
    try:
        import ctypes
    except ImportError:
        return None
    capsule_name = b"unicodedata._ucnhash_CAPI"
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    try:
        api = get_pointer(unicodedata._ucnhash_CAPI, capsule_name)
    except (AttributeError, ValueError):
        return None
    # struct { int (*getname)(Py_UCS4, char *, int, int with_alias_and_seq); ... }
    getname_t = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
    getname = getname_t(ctypes.cast(api, ctypes.POINTER(ctypes.c_void_p))[0])
    buf = ctypes.create_string_buffer(260)
    # Sanity check of the layout before trusting it.
    if not getname(0x41, buf, 256, 0) or buf.value != b"LATIN CAPITAL LETTER A":
        return None
    out = {}
    for pua in range(0xF0000, 0xF0200):     # aliases_start .. named_sequences_start
        if getname(pua, buf, 256, 1):
            name = buf.value.decode("ascii")
            cp = single_char_lookup(name)
            if cp is None:
                return None                 # not the layout we think: use nothing from it
            out[name] = cp
    return out


def collect():
    names = {}
    cjk = []        # [first, last] runs of CJK UNIFIED IDEOGRAPH-
    hangul = []     # code points with HANGUL SYLLABLE names
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith("CJK UNIFIED IDEOGRAPH-"):
            if name != "CJK UNIFIED IDEOGRAPH-%X" % cp:
                sys.exit("gen_unicode_names.py: unexpected name %r" % name)
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
            continue
        if name.startswith("HANGUL SYLLABLE "):
            hangul.append(cp)
            continue
        names[name] = cp
    if hangul != list(range(0xAC00, 0xAC00 + 11172)):
        sys.exit("gen_unicode_names.py: Hangul syllables are not U+AC00..U+D7A3")
    return names, cjk


def split_ranges(names):
    """Moves PREFIX-<%04X of the code point> names that come in long runs to ranges."""
    by_prefix = {}
    for name, cp in names.items():
        m = re.fullmatch(r"(.*-)([0-9A-F]{4,6})", name)
        if m and m.group(2) == "%04X" % cp:
            by_prefix.setdefault(m.group(1), []).append(cp)
    ranges = []
    for prefix in sorted(by_prefix):
        cps = sorted(by_prefix[prefix])
        if len(cps) < RANGE_MIN_RUN:
            continue
        runs = []
        for cp in cps:
            if runs and runs[-1][1] == cp - 1:
                runs[-1][1] = cp
            else:
                runs.append([cp, cp])
        for first, last in runs:
            ranges.append((prefix, first, last))
        for cp in cps:
            del names[prefix + "%04X" % cp]
    return ranges


def jamo():
    """Hangul jamo short names, read back from the syllable names (U+AC00 = GA)."""
    name = lambda cp: unicodedata.name(chr(cp))[len("HANGUL SYLLABLE "):]
    lead = [name(0xAC00 + i * 21 * 28)[:-1] for i in range(19)]       # xA
    vowel = [name(0xAC00 + i * 28)[1:] for i in range(21)]            # Gx
    trail = [name(0xAC00 + i)[2:] for i in range(28)]                 # GAx
    if lead[0] != "G" or vowel[0] != "A" or trail[0] != "":
        sys.exit("gen_unicode_names.py: unexpected Hangul syllable names")
    return lead, vowel, trail


def encode(entries):
    data = bytearray()
    blocks = []
    prev, prev_cp = b"", 0
    for i, (name, cp) in enumerate(entries):
        b = name.encode("ascii")
        if len(b) > 255:
            sys.exit("gen_unicode_names.py: name too long: %r" % name)
        shared = 0
        if i % BLOCK == 0:
            blocks.append(len(data))
        else:
            while shared < min(len(b), len(prev)) and b[shared] == prev[shared]:
                shared += 1
        data += bytes([shared, len(b) - shared]) + b[shared:]
        if shared == 0 and i % BLOCK == 0:
            data += cp.to_bytes(3, "big")
        else:   # zigzag LEB128 of the difference: neighbours in name order are often neighbours
            d = cp - prev_cp
            z = d << 1 if d >= 0 else ((-d) << 1) - 1
            while z >= 0x80:
                data.append(0x80 | (z & 0x7F))
                z >>= 7
            data.append(z)
        prev, prev_cp = b, cp
    return data, blocks


def c_bytes(data):
    lines = []
    for i in range(0, len(data), 24):
        lines.append("    " + ",".join(str(x) for x in data[i:i + 24]) + ",")
    return "\n".join(lines)


def c_strings(strs):
    return ", ".join('"%s"' % s for s in strs)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: gen_unicode_names.py OUTPUT.c")
    out_path = sys.argv[1]
    if unicodedata.unidata_version != "14.0.0":
        warn("unicodedata is Unicode %s, CPython 3.11 has 14.0.0" % unicodedata.unidata_version)
    names, cjk = collect()
    ranges = split_ranges(names)
    aliases = {}
    sources = []
    if os.path.exists(NAME_ALIASES_TXT):
        aliases.update(aliases_from_file(NAME_ALIASES_TXT))
        sources.append(NAME_ALIASES_TXT)
    from_cpython = aliases_from_cpython()
    if from_cpython is not None:
        aliases.update(from_cpython)
        sources.append("CPython's name database")
    if not sources:
        warn("no source of name aliases: \\N{alias} will be an unknown name")
    for alias, cp in aliases.items():
        if alias.startswith(ALGO_PREFIXES):
            sys.exit("gen_unicode_names.py: alias %r would be unreachable" % alias)
        if names.get(alias, cp) != cp:
            sys.exit("gen_unicode_names.py: alias %r names two characters" % alias)
        names[alias] = cp
    entries = sorted(names.items(), key=lambda kv: kv[0].encode("ascii"))
    data, blocks = encode(entries)
    lead, vowel, trail = jamo()
    max_len = max([len(n) for n in names] + [len(p) + 6 for p, _, _ in ranges])
    if max_len > 255:
        sys.exit("gen_unicode_names.py: names longer than 255 bytes")

    out = []
    out.append("/* Generated by tools/gen_unicode_names.py from Python %s's unicodedata (Unicode %s)."
               % (".".join(map(str, sys.version_info[:3])), unicodedata.unidata_version))
    out.append(" * %d names and %d aliases (from %s). Do not edit. */"
               % (len(names) - len(aliases), len(aliases), " and ".join(sources) or "nowhere"))
    out.append('#include "frontend/unicode_names.h"')
    out.append("")
    out.append("const uint8_t fe_uname_data[] = {")
    out.append(c_bytes(data))
    out.append("};")
    out.append("const uint32_t fe_uname_blocks[] = {")
    out.append(c_bytes_u32(blocks))
    out.append("};")
    out.append("const uint32_t fe_uname_block_count = %d;" % len(blocks))
    out.append("const uint32_t fe_uname_data_size = %d;" % len(data))
    out.append("const uint32_t fe_uname_max_len = %d;" % max_len)
    out.append("")
    out.append("const FeUnicodeRange fe_uname_ranges[] = {")
    for prefix, first, last in ranges:
        out.append('    {"%s", 0x%04X, 0x%04X},' % (prefix, first, last))
    out.append("};")
    out.append("const uint32_t fe_uname_range_count = %d;" % len(ranges))
    out.append("")
    out.append("const uint32_t fe_uname_cjk_unified[][2] = {")
    for first, last in cjk:
        out.append("    {0x%04X, 0x%04X}," % (first, last))
    out.append("};")
    out.append("const uint32_t fe_uname_cjk_unified_count = %d;" % len(cjk))
    out.append("")
    out.append("const char *const fe_uname_jamo_lead[FE_JAMO_LEAD] = {%s};" % c_strings(lead))
    out.append("const char *const fe_uname_jamo_vowel[FE_JAMO_VOWEL] = {%s};" % c_strings(vowel))
    out.append("const char *const fe_uname_jamo_trail[FE_JAMO_TRAIL] = {%s};" % c_strings(trail))
    text = "\n".join(out) + "\n"
    tmp = out_path + ".tmp"
    with open(tmp, "w", encoding="ascii") as f:
        f.write(text)
    os.replace(tmp, out_path)


def c_bytes_u32(values):
    lines = []
    for i in range(0, len(values), 12):
        lines.append("    " + ",".join(str(x) for x in values[i:i + 12]) + ",")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
