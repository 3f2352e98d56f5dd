/* Build-time check: the compiled tree-sitter-python grammar must load into the
 * tree-sitter library we link (Debian's 0.20.7 accepts ABI 13-14 only). */
#include <stdio.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_python(void);

int main(void) {
    TSParser *parser = ts_parser_new();
    const TSLanguage *lang = tree_sitter_python();
    int ok = ts_parser_set_language(parser, lang);
    ts_parser_delete(parser);
    if (!ok) {
        fprintf(stderr,
                "py2c: the tree-sitter-python grammar has ABI version %u, but the installed tree-sitter\n"
                "library loads ABI %d..%d. Pin a grammar of a compatible ABI in grammar/package.json\n"
                "(tree-sitter-python 0.23.x is ABI 14) and run 'make deps'.\n",
                ts_language_version(lang), TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION, TREE_SITTER_LANGUAGE_VERSION);
        return 1;
    }
    return 0;
}
