/* Direct calls of built-in methods (issue #7): `obj.m(args)` where type
 * inference proves obj is only ever exactly a list, a dict, a str or a set
 * (one kind: no `any`, no program instance; instances of a program subclass
 * of list are TY_INSTANCE to inference, never TY_LIST) calls the runtime's
 * entry point for that method (py2c/builtin_direct.h) instead of
 * py2c_method_lookup + py2c_method_call.
 *
 * CPython 3.11 runs the call as LOAD_METHOD (obj's type's method: found in
 * the type, which cannot be changed for these built-in types, nor shadowed,
 * since their instances have no __dict__; so the lookup neither fails nor
 * runs code), the arguments, then CALL. So evaluating obj, then the
 * arguments, then calling the method on obj at the call's location does the
 * same. Only plain positional arguments, as many as the table accepts: any
 * other call (keywords, wrong counts: the method's own TypeError) takes the
 * generic path. Without type inference (c->types NULL: a multi-module
 * program) nothing is direct. */
#include <string.h>

#include "common/util.h"
#include "lower/lw_internal.h"
#include "types/types.h"

/* One method of a built-in type: its C entry point takes the receiver and
 * `max` arguments (PY2C_NULL for those not given). */
typedef struct BuiltinMethod {
    uint32_t kind; /* TY_LIST, TY_DICT, TY_STR, TY_SET */
    const char *name;
    int min, max;
    const char *fn;
} BuiltinMethod;

static const BuiltinMethod methods[] = {
    {TY_LIST, "append", 1, 1, "py2c_direct_list_append"},
    {TY_LIST, "extend", 1, 1, "py2c_direct_list_extend"},
    {TY_LIST, "insert", 2, 2, "py2c_direct_list_insert"},
    {TY_LIST, "pop", 0, 1, "py2c_direct_list_pop"},
    {TY_LIST, "remove", 1, 1, "py2c_direct_list_remove"},
    {TY_LIST, "index", 1, 3, "py2c_direct_list_index"},
    {TY_LIST, "count", 1, 1, "py2c_direct_list_count"},
    {TY_LIST, "copy", 0, 0, "py2c_direct_list_copy"},
    {TY_LIST, "reverse", 0, 0, "py2c_direct_list_reverse"},
    {TY_LIST, "clear", 0, 0, "py2c_direct_list_clear"},
    {TY_LIST, "sort", 0, 0, "py2c_direct_list_sort"}, /* (key= and reverse= are keyword-only) */
    {TY_DICT, "get", 1, 2, "py2c_direct_dict_get"},
    {TY_DICT, "items", 0, 0, "py2c_direct_dict_items"},
    {TY_DICT, "keys", 0, 0, "py2c_direct_dict_keys"},
    {TY_DICT, "values", 0, 0, "py2c_direct_dict_values"},
    {TY_DICT, "setdefault", 1, 2, "py2c_direct_dict_setdefault"},
    {TY_DICT, "pop", 1, 2, "py2c_direct_dict_pop"},
    {TY_DICT, "popitem", 0, 0, "py2c_direct_dict_popitem"},
    {TY_DICT, "copy", 0, 0, "py2c_direct_dict_copy"},
    {TY_DICT, "clear", 0, 0, "py2c_direct_dict_clear"},
    {TY_DICT, "update", 1, 1, "py2c_direct_dict_update"},
    {TY_STR, "join", 1, 1, "py2c_direct_str_join"},
    {TY_STR, "split", 0, 2, "py2c_direct_str_split"},
    {TY_STR, "strip", 0, 1, "py2c_direct_str_strip"},
    {TY_STR, "lstrip", 0, 1, "py2c_direct_str_lstrip"},
    {TY_STR, "rstrip", 0, 1, "py2c_direct_str_rstrip"},
    {TY_STR, "startswith", 1, 3, "py2c_direct_str_startswith"},
    {TY_STR, "endswith", 1, 3, "py2c_direct_str_endswith"},
    {TY_STR, "replace", 2, 3, "py2c_direct_str_replace"},
    {TY_STR, "upper", 0, 0, "py2c_direct_str_upper"},
    {TY_STR, "lower", 0, 0, "py2c_direct_str_lower"},
    {TY_STR, "find", 1, 3, "py2c_direct_str_find"},
    {TY_STR, "rfind", 1, 3, "py2c_direct_str_rfind"},
    {TY_STR, "index", 1, 3, "py2c_direct_str_index"},
    {TY_STR, "count", 1, 3, "py2c_direct_str_count"},
    {TY_STR, "rsplit", 0, 2, "py2c_direct_str_rsplit"},
    {TY_STR, "splitlines", 0, 1, "py2c_direct_str_splitlines"},
    {TY_STR, "partition", 1, 1, "py2c_direct_str_partition"},
    {TY_STR, "rpartition", 1, 1, "py2c_direct_str_rpartition"},
    {TY_STR, "isdigit", 0, 0, "py2c_direct_str_isdigit"},
    {TY_STR, "isalpha", 0, 0, "py2c_direct_str_isalpha"},
    {TY_STR, "isalnum", 0, 0, "py2c_direct_str_isalnum"},
    {TY_STR, "isspace", 0, 0, "py2c_direct_str_isspace"},
    {TY_SET, "add", 1, 1, "py2c_direct_set_add"},
    {TY_SET, "discard", 1, 1, "py2c_direct_set_discard"},
    {TY_SET, "remove", 1, 1, "py2c_direct_set_remove"},
    {TY_SET, "pop", 0, 0, "py2c_direct_set_pop"},
    {TY_SET, "copy", 0, 0, "py2c_direct_set_copy"},
    {TY_SET, "clear", 0, 0, "py2c_direct_set_clear"},
    {TY_SET, "issubset", 1, 1, "py2c_direct_set_issubset"},
    {TY_SET, "issuperset", 1, 1, "py2c_direct_set_issuperset"},
    {TY_SET, "isdisjoint", 1, 1, "py2c_direct_set_isdisjoint"},
};

/* The table's row for call e, or NULL (conditions at the top). */
static const BuiltinMethod *find_method(LwCtx *c, const AstNode *e) {
    const AstNode *f = e->u.call.func;
    if (!c->types || f->kind != AST_ATTRIBUTE || e->u.call.keywords.len > 0) return NULL;
    int na = e->u.call.args.len;
    for (int i = 0; i < na; i++)
        if (e->u.call.args.items[i]->kind == AST_STARRED) return NULL;
    uint32_t kind = ty_use(c->types, f->u.attribute.value).kinds;
    if (kind != TY_LIST && kind != TY_DICT && kind != TY_STR && kind != TY_SET) return NULL;
    const char *name = lw_mangle(c, f->u.attribute.attr.name);
    for (size_t i = 0; i < ARRAY_LEN(methods); i++) {
        const BuiltinMethod *m = &methods[i];
        if (m->kind == kind && strcmp(m->name, name) == 0) return na >= m->min && na <= m->max ? m : NULL;
    }
    return NULL;
}

bool lw_builtin_method_call(LwCtx *c, const AstNode *e, int loc, IrOperand *out) {
    const BuiltinMethod *m = find_method(c, e);
    if (!m) return false;
    int na = e->u.call.args.len;
    IrOperand *v = lw_call_args(c, e, e->u.call.func->u.attribute.value); /* the receiver, then the arguments */
    IrOperand a[4];
    for (int i = 0; i <= m->max; i++) a[i] = i <= na ? v[i] : lw_absent;
    *out = lw_call_v(c, m->fn, a, 1 + m->max, loc);
    for (int i = 0; i <= na; i++) lw_release(c, v[i]);
    return true;
}
