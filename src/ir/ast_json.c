/* `--emit=ast`: the AST as JSON, in the shape of CPython's `ast` module so that
 * tests/frontend/ast_oracle.py can print the same JSON from `ast.parse`.
 * The schema is documented in docs/ast-json.md; keep the two in step. */
#include "ir/ast_json.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"

static cJSON *node_json(const AstNode *n);

static cJSON *check(cJSON *j) {
    if (!j) INTERNAL_ERROR("out of memory building AST JSON");
    return j;
}

static void add(cJSON *obj, const char *key, cJSON *val) {
    if (!cJSON_AddItemToObject(obj, key, check(val))) INTERNAL_ERROR("cJSON_AddItemToObject failed");
}

/* CPython's ast has None where an optional node or identifier is absent. */
static cJSON *node_or_null(const AstNode *n) { return check(n ? node_json(n) : cJSON_CreateNull()); }

/* Identifiers are valid UTF-8 without NULs, so cJSON's own string escaping fits. */
static cJSON *name_or_null(const char *name) { return check(name ? cJSON_CreateString(name) : cJSON_CreateNull()); }

static void add_node(cJSON *obj, const char *key, const AstNode *n) { add(obj, key, node_or_null(n)); }

static void add_name(cJSON *obj, const char *key, const char *name) { add(obj, key, name_or_null(name)); }

static void add_list(cJSON *obj, const char *key, AstList l) {
    cJSON *arr = check(cJSON_CreateArray());
    for (int i = 0; i < l.len; i++) cJSON_AddItemToArray(arr, node_or_null(l.items[i]));
    add(obj, key, arr);
}

static void add_idents(cJSON *obj, const char *key, AstIdentList l) {
    cJSON *arr = check(cJSON_CreateArray());
    for (int i = 0; i < l.len; i++) cJSON_AddItemToArray(arr, name_or_null(l.items[i].name));
    add(obj, key, arr);
}

static void add_int(cJSON *obj, const char *key, int v) { add(obj, key, cJSON_CreateNumber(v)); }

static bool is_surrogate_at(const char *s, uint32_t len, uint32_t i) {
    return (unsigned char)s[i] == 0xED && i + 2 < len && ((unsigned char)s[i + 1] & 0xE0) == 0xA0;
}

/* A str with surrogate code points (only escapes like "\ud800" make them; the
 * data holds them WTF-8 style) as an array of its code points: JSON cannot
 * carry them in a string, since a reader joins an escaped high-low pair into
 * one character while Python keeps two. */
static cJSON *codepoints_json(const char *s, uint32_t len) {
    cJSON *arr = check(cJSON_CreateArray());
    for (uint32_t i = 0; i < len;) {
        unsigned char ch = (unsigned char)s[i];
        unsigned cp;
        int n;
        if (ch < 0x80) cp = ch, n = 1;
        else if (ch < 0xE0) cp = ch & 0x1Fu, n = 2;
        else if (ch < 0xF0) cp = ch & 0x0Fu, n = 3;
        else cp = ch & 0x07u, n = 4;
        for (int k = 1; k < n && i + (uint32_t)k < len; k++) cp = (cp << 6) | ((unsigned char)s[i + (uint32_t)k] & 0x3Fu);
        cJSON_AddItemToArray(arr, check(cJSON_CreateNumber(cp)));
        i += (uint32_t)n;
    }
    return arr;
}

/* A str constant as a JSON string literal. cJSON_CreateString cannot be used:
 * the data may contain NUL. */
static cJSON *str_json(const char *s, uint32_t len) {
    for (uint32_t i = 0; i < len; i++)
        if (is_surrogate_at(s, len, i)) return codepoints_json(s, len);
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, '"');
    for (uint32_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\') {
            sb_putc(&b, '\\');
            sb_putc(&b, (char)ch);
        } else if (ch == '\n') {
            sb_puts(&b, "\\n");
        } else if (ch == '\t') {
            sb_puts(&b, "\\t");
        } else if (ch == '\r') {
            sb_puts(&b, "\\r");
        } else if (ch == '\b') {
            sb_puts(&b, "\\b");
        } else if (ch == '\f') {
            sb_puts(&b, "\\f");
        } else if (ch < 0x20) {
            sb_printf(&b, "\\u%04x", ch);
        } else {
            sb_putc(&b, (char)ch);
        }
    }
    sb_putc(&b, '"');
    cJSON *j = check(cJSON_CreateRaw(b.data));
    sb_free(&b);
    return j;
}

/* The shortest %.Ng (N = 1..17) that reads back as exactly d. */
static cJSON *double_json(double d) {
    char buf[40];
    if (isnan(d)) return cJSON_CreateString("nan");
    if (isinf(d)) return cJSON_CreateString(d > 0 ? "inf" : "-inf");
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (strtod(buf, NULL) == d) break;
    }
    return cJSON_CreateString(buf);
}

static cJSON *bytes_json(const char *s, uint32_t len) {
    static const char hex[] = "0123456789abcdef";
    char *h = xmalloc((size_t)len * 2 + 1);
    for (uint32_t i = 0; i < len; i++) {
        h[2 * i] = hex[(unsigned char)s[i] >> 4];
        h[2 * i + 1] = hex[(unsigned char)s[i] & 15];
    }
    h[(size_t)len * 2] = '\0';
    cJSON *j = cJSON_CreateString(h);
    free(h);
    return j;
}

static void add_constant(cJSON *obj, const AstConst *k) {
    const char *type = NULL;
    cJSON *value = NULL;
    switch (k->kind) {
    case AST_CONST_NONE: type = "None"; value = cJSON_CreateNull(); break;
    case AST_CONST_TRUE: type = "bool"; value = cJSON_CreateTrue(); break;
    case AST_CONST_FALSE: type = "bool"; value = cJSON_CreateFalse(); break;
    case AST_CONST_ELLIPSIS: type = "Ellipsis"; value = cJSON_CreateNull(); break;
    case AST_CONST_INT:
        type = "int";
        if (k->int_digits) {
            value = cJSON_CreateString(k->int_digits);
        } else {
            char buf[32];
            snprintf(buf, sizeof buf, "%lld", (long long)k->i64);
            value = cJSON_CreateString(buf);
        }
        break;
    case AST_CONST_FLOAT: type = "float"; value = double_json(k->f); break;
    case AST_CONST_IMAG: type = "complex"; value = double_json(k->f); break;
    case AST_CONST_STR: type = "str"; value = str_json(k->data, k->len); break;
    case AST_CONST_BYTES: type = "bytes"; value = bytes_json(k->data, k->len); break;
    }
    if (!type) INTERNAL_ERROR("bad constant kind %d", (int)k->kind);
    add(obj, "value", value);
    add(obj, "kind", k->kind == AST_CONST_STR && k->u_prefix ? cJSON_CreateString("u") : cJSON_CreateNull());
    add(obj, "value_type", cJSON_CreateString(type));
}

static cJSON *singleton_json(AstConstKind k) {
    switch (k) {
    case AST_CONST_NONE: return cJSON_CreateNull();
    case AST_CONST_TRUE: return cJSON_CreateTrue();
    case AST_CONST_FALSE: return cJSON_CreateFalse();
    case AST_CONST_ELLIPSIS:
    case AST_CONST_INT:
    case AST_CONST_FLOAT:
    case AST_CONST_IMAG:
    case AST_CONST_STR:
    case AST_CONST_BYTES: break;
    }
    INTERNAL_ERROR("bad MatchSingleton value %d", (int)k);
}

static void add_op(cJSON *obj, const char *key, AstOp op) { add(obj, key, cJSON_CreateString(ast_op_name(op))); }

static void add_ctx(cJSON *obj, AstCtx ctx) { add(obj, "ctx", cJSON_CreateString(ast_ctx_name(ctx))); }

static cJSON *node_json(const AstNode *n) {
    cJSON *o = check(cJSON_CreateObject());
    add(o, "_type", cJSON_CreateString(ast_kind_name(n->kind)));
    switch (n->kind) {
    case AST_MODULE:
        add_list(o, "body", n->u.module.body);
        add(o, "type_ignores", cJSON_CreateArray());
        break;
    case AST_FUNCTION_DEF:
    case AST_ASYNC_FUNCTION_DEF:
        add_name(o, "name", n->u.function_def.name.name);
        add_node(o, "args", n->u.function_def.args);
        add_list(o, "body", n->u.function_def.body);
        add_list(o, "decorator_list", n->u.function_def.decorator_list);
        add_node(o, "returns", n->u.function_def.returns);
        break;
    case AST_CLASS_DEF:
        add_name(o, "name", n->u.class_def.name.name);
        add_list(o, "bases", n->u.class_def.bases);
        add_list(o, "keywords", n->u.class_def.keywords);
        add_list(o, "body", n->u.class_def.body);
        add_list(o, "decorator_list", n->u.class_def.decorator_list);
        break;
    case AST_RETURN: add_node(o, "value", n->u.return_.value); break;
    case AST_DELETE: add_list(o, "targets", n->u.delete_.targets); break;
    case AST_ASSIGN:
        add_list(o, "targets", n->u.assign.targets);
        add_node(o, "value", n->u.assign.value);
        break;
    case AST_AUG_ASSIGN:
        add_node(o, "target", n->u.aug_assign.target);
        add_op(o, "op", n->u.aug_assign.op);
        add_node(o, "value", n->u.aug_assign.value);
        break;
    case AST_ANN_ASSIGN:
        add_node(o, "target", n->u.ann_assign.target);
        add_node(o, "annotation", n->u.ann_assign.annotation);
        add_node(o, "value", n->u.ann_assign.value);
        add_int(o, "simple", n->u.ann_assign.simple ? 1 : 0);
        break;
    case AST_FOR:
    case AST_ASYNC_FOR:
        add_node(o, "target", n->u.for_.target);
        add_node(o, "iter", n->u.for_.iter);
        add_list(o, "body", n->u.for_.body);
        add_list(o, "orelse", n->u.for_.orelse);
        break;
    case AST_WHILE:
        add_node(o, "test", n->u.while_.test);
        add_list(o, "body", n->u.while_.body);
        add_list(o, "orelse", n->u.while_.orelse);
        break;
    case AST_IF:
        add_node(o, "test", n->u.if_.test);
        add_list(o, "body", n->u.if_.body);
        add_list(o, "orelse", n->u.if_.orelse);
        break;
    case AST_WITH:
    case AST_ASYNC_WITH:
        add_list(o, "items", n->u.with.items);
        add_list(o, "body", n->u.with.body);
        break;
    case AST_MATCH:
        add_node(o, "subject", n->u.match.subject);
        add_list(o, "cases", n->u.match.cases);
        break;
    case AST_RAISE:
        add_node(o, "exc", n->u.raise.exc);
        add_node(o, "cause", n->u.raise.cause);
        break;
    case AST_TRY:
    case AST_TRY_STAR:
        add_list(o, "body", n->u.try_.body);
        add_list(o, "handlers", n->u.try_.handlers);
        add_list(o, "orelse", n->u.try_.orelse);
        add_list(o, "finalbody", n->u.try_.finalbody);
        break;
    case AST_ASSERT:
        add_node(o, "test", n->u.assert_.test);
        add_node(o, "msg", n->u.assert_.msg);
        break;
    case AST_IMPORT: add_list(o, "names", n->u.import.names); break;
    case AST_IMPORT_FROM:
        add_name(o, "module", n->u.import_from.module);
        add_list(o, "names", n->u.import_from.names);
        add_int(o, "level", n->u.import_from.level);
        break;
    case AST_GLOBAL:
    case AST_NONLOCAL: add_idents(o, "names", n->u.global.names); break;
    case AST_EXPR: add_node(o, "value", n->u.expr.value); break;
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE: break;

    case AST_BOOL_OP:
        add_op(o, "op", n->u.bool_op.op);
        add_list(o, "values", n->u.bool_op.values);
        break;
    case AST_NAMED_EXPR:
        add_node(o, "target", n->u.named_expr.target);
        add_node(o, "value", n->u.named_expr.value);
        break;
    case AST_BIN_OP:
        add_node(o, "left", n->u.bin_op.left);
        add_op(o, "op", n->u.bin_op.op);
        add_node(o, "right", n->u.bin_op.right);
        break;
    case AST_UNARY_OP:
        add_op(o, "op", n->u.unary_op.op);
        add_node(o, "operand", n->u.unary_op.operand);
        break;
    case AST_LAMBDA:
        add_node(o, "args", n->u.lambda.args);
        add_node(o, "body", n->u.lambda.body);
        break;
    case AST_IF_EXP:
        add_node(o, "test", n->u.if_exp.test);
        add_node(o, "body", n->u.if_exp.body);
        add_node(o, "orelse", n->u.if_exp.orelse);
        break;
    case AST_DICT:
        add_list(o, "keys", n->u.dict.keys);
        add_list(o, "values", n->u.dict.values);
        break;
    case AST_SET: add_list(o, "elts", n->u.set.elts); break;
    case AST_LIST_COMP:
    case AST_SET_COMP:
    case AST_GENERATOR_EXP:
        add_node(o, "elt", n->u.comp.elt);
        add_list(o, "generators", n->u.comp.generators);
        break;
    case AST_DICT_COMP:
        add_node(o, "key", n->u.dict_comp.key);
        add_node(o, "value", n->u.dict_comp.value);
        add_list(o, "generators", n->u.dict_comp.generators);
        break;
    case AST_AWAIT:
    case AST_YIELD:
    case AST_YIELD_FROM: add_node(o, "value", n->u.await_yield.value); break;
    case AST_COMPARE: {
        add_node(o, "left", n->u.compare.left);
        cJSON *ops = check(cJSON_CreateArray());
        for (int i = 0; i < n->u.compare.op_count; i++)
            cJSON_AddItemToArray(ops, check(cJSON_CreateString(ast_op_name(n->u.compare.ops[i]))));
        add(o, "ops", ops);
        add_list(o, "comparators", n->u.compare.comparators);
        break;
    }
    case AST_CALL:
        add_node(o, "func", n->u.call.func);
        add_list(o, "args", n->u.call.args);
        add_list(o, "keywords", n->u.call.keywords);
        break;
    case AST_FORMATTED_VALUE:
        add_node(o, "value", n->u.formatted_value.value);
        add_int(o, "conversion", n->u.formatted_value.conversion);
        add_node(o, "format_spec", n->u.formatted_value.format_spec);
        break;
    case AST_JOINED_STR: add_list(o, "values", n->u.joined_str.values); break;
    case AST_CONSTANT: add_constant(o, &n->u.constant); break;
    case AST_ATTRIBUTE:
        add_node(o, "value", n->u.attribute.value);
        add_name(o, "attr", n->u.attribute.attr.name);
        add_ctx(o, n->u.attribute.ctx);
        break;
    case AST_SUBSCRIPT:
        add_node(o, "value", n->u.subscript.value);
        add_node(o, "slice", n->u.subscript.slice);
        add_ctx(o, n->u.subscript.ctx);
        break;
    case AST_STARRED:
        add_node(o, "value", n->u.starred.value);
        add_ctx(o, n->u.starred.ctx);
        break;
    case AST_NAME:
        add_name(o, "id", n->u.name.id);
        add_ctx(o, n->u.name.ctx);
        break;
    case AST_LIST:
    case AST_TUPLE:
        add_list(o, "elts", n->u.seq.elts);
        add_ctx(o, n->u.seq.ctx);
        break;
    case AST_SLICE:
        add_node(o, "lower", n->u.slice.lower);
        add_node(o, "upper", n->u.slice.upper);
        add_node(o, "step", n->u.slice.step);
        break;

    case AST_COMPREHENSION:
        add_node(o, "target", n->u.comprehension.target);
        add_node(o, "iter", n->u.comprehension.iter);
        add_list(o, "ifs", n->u.comprehension.ifs);
        add_int(o, "is_async", n->u.comprehension.is_async ? 1 : 0);
        break;
    case AST_EXCEPT_HANDLER:
        add_node(o, "type", n->u.except_handler.type);
        add_name(o, "name", n->u.except_handler.name.name);
        add_list(o, "body", n->u.except_handler.body);
        break;
    case AST_ARGUMENTS:
        add_list(o, "posonlyargs", n->u.arguments.posonlyargs);
        add_list(o, "args", n->u.arguments.args);
        add_node(o, "vararg", n->u.arguments.vararg);
        add_list(o, "kwonlyargs", n->u.arguments.kwonlyargs);
        add_list(o, "kw_defaults", n->u.arguments.kw_defaults);
        add_node(o, "kwarg", n->u.arguments.kwarg);
        add_list(o, "defaults", n->u.arguments.defaults);
        break;
    case AST_ARG:
        add_name(o, "arg", n->u.arg.arg.name);
        add_node(o, "annotation", n->u.arg.annotation);
        break;
    case AST_KEYWORD:
        add_name(o, "arg", n->u.keyword.arg.name);
        add_node(o, "value", n->u.keyword.value);
        break;
    case AST_ALIAS:
        add_name(o, "name", n->u.alias.name);
        add_name(o, "asname", n->u.alias.asname.name);
        break;
    case AST_WITHITEM:
        add_node(o, "context_expr", n->u.withitem.context_expr);
        add_node(o, "optional_vars", n->u.withitem.optional_vars);
        break;
    case AST_MATCH_CASE:
        add_node(o, "pattern", n->u.match_case.pattern);
        add_node(o, "guard", n->u.match_case.guard);
        add_list(o, "body", n->u.match_case.body);
        break;

    case AST_MATCH_VALUE: add_node(o, "value", n->u.match_value.value); break;
    case AST_MATCH_SINGLETON: add(o, "value", singleton_json(n->u.match_singleton.value)); break;
    case AST_MATCH_SEQUENCE: add_list(o, "patterns", n->u.match_sequence.patterns); break;
    case AST_MATCH_MAPPING:
        add_list(o, "keys", n->u.match_mapping.keys);
        add_list(o, "patterns", n->u.match_mapping.patterns);
        add_name(o, "rest", n->u.match_mapping.rest.name);
        break;
    case AST_MATCH_CLASS:
        add_node(o, "cls", n->u.match_class.cls);
        add_list(o, "patterns", n->u.match_class.patterns);
        add_idents(o, "kwd_attrs", n->u.match_class.kwd_attrs);
        add_list(o, "kwd_patterns", n->u.match_class.kwd_patterns);
        break;
    case AST_MATCH_STAR: add_name(o, "name", n->u.match_star.name.name); break;
    case AST_MATCH_AS:
        add_node(o, "pattern", n->u.match_as.pattern);
        add_name(o, "name", n->u.match_as.name.name);
        break;
    case AST_MATCH_OR: add_list(o, "patterns", n->u.match_or.patterns); break;
    case AST_KIND_COUNT: INTERNAL_ERROR("bad AST kind %d", (int)n->kind);
    }
    add_int(o, "lineno", n->span.line);
    add_int(o, "col_offset", n->span.col);
    add_int(o, "end_lineno", n->span.end_line);
    add_int(o, "end_col_offset", n->span.end_col);
    return o;
}

void ast_json_write(const AstModule *m, StrBuf *out) {
    cJSON *root = node_json(m->root);
    char *text = cJSON_Print(root);
    if (!text) INTERNAL_ERROR("out of memory printing AST JSON");
    sb_puts(out, text);
    sb_putc(out, '\n');
    cJSON_free(text);
    cJSON_Delete(root);
}
