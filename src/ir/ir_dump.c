/* Text form of the IR (--emit=ir), one instruction per line. */
#include "common/util.h"
#include "ir/ir.h"

static void dump_bytes(const char *s, uint32_t n, StrBuf *out) {
    sb_putc(out, '"');
    for (uint32_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\') sb_printf(out, "\\%c", ch);
        else if (ch < 0x20 || ch >= 0x7f) sb_printf(out, "\\x%02x", ch);
        else sb_putc(out, (char)ch);
    }
    sb_putc(out, '"');
}

static void dump_const(const IrModule *m, const IrConst *c, StrBuf *out) {
    switch (c->kind) {
    case IR_CONST_NONE: sb_puts(out, "None"); return;
    case IR_CONST_BOOL: sb_puts(out, c->i ? "True" : "False"); return;
    case IR_CONST_INT: sb_printf(out, "%lld", (long long)c->i); return;
    case IR_CONST_BIGINT: sb_puts(out, c->data); return;
    case IR_CONST_FLOAT: sb_printf(out, "%.17g", c->f); return;
    case IR_CONST_STR: dump_bytes(c->data, c->len, out); return;
    case IR_CONST_BYTES: sb_putc(out, 'b'); dump_bytes(c->data, c->len, out); return;
    case IR_CONST_ELLIPSIS: sb_puts(out, "Ellipsis"); return;
    case IR_CONST_KWNAMES:
        sb_puts(out, "kwnames(");
        for (int i = 0; i < c->nitems; i++) {
            if (i) sb_puts(out, ", ");
            dump_const(m, &m->consts[c->items[i]], out);
        }
        sb_putc(out, ')');
        return;
    }
    INTERNAL_ERROR("bad IR constant kind %d", (int)c->kind);
}

static void dump_operand(const IrModule *m, const IrFunc *f, IrOperand o, StrBuf *out) {
    switch (o.kind) {
    case IR_OPND_ABSENT: sb_puts(out, "NULL"); return;
    case IR_OPND_TEMP: sb_printf(out, "t%d", o.index); return;
    case IR_OPND_INT: sb_printf(out, "n%d", o.index); return;
    case IR_OPND_CONST: dump_const(m, &m->consts[o.index], out); return;
    case IR_OPND_VAR: sb_printf(out, "%s", f->vars[o.index].name); return;
    case IR_OPND_DEREF: sb_printf(out, "*%s", f->vars[o.index].name); return;
    case IR_OPND_GLOBAL: sb_printf(out, "global %s", m->globals[o.index].name); return;
    case IR_OPND_RESULT: sb_puts(out, "result"); return;
    case IR_OPND_C: sb_puts(out, o.text); return;
    case IR_OPND_ADDR: sb_printf(out, "&t%d", o.index); return;
    case IR_OPND_CELL_REF: sb_printf(out, "*t%d", o.index); return;
    case IR_OPND_FTEMP: sb_printf(out, "f%d", o.index); return;
    case IR_OPND_ITEMP: sb_printf(out, "i64_%d", o.index); return;
    case IR_OPND_FVAR: sb_printf(out, "double %s", f->vars[o.index].name); return;
    case IR_OPND_FCONST:
        sb_puts(out, "double ");
        dump_const(m, &m->consts[o.index], out);
        return;
    case IR_OPND_ARRAY:
        sb_putc(out, '[');
        for (int i = 0; i < o.nitems; i++) {
            if (i) sb_puts(out, ", ");
            dump_operand(m, f, o.items[i], out);
        }
        sb_putc(out, ']');
        return;
    }
    INTERNAL_ERROR("bad IR operand kind %d", (int)o.kind);
}

static void dump_instr(const IrModule *m, const IrFunc *f, const IrInstr *in, StrBuf *out) {
    switch (in->kind) {
    case IR_LINE: sb_printf(out, "  line %d\n", in->index); return;
    case IR_LABEL: sb_printf(out, "  L%d:\n", in->index); return;
    case IR_HANDLER: sb_printf(out, "  handler %d (releases t%d..):\n", in->index, in->watermark); return;
    default: break;
    }
    sb_puts(out, "    ");
    if (in->dest.kind != IR_OPND_ABSENT && in->kind != IR_STORE && in->kind != IR_CLEAR) {
        dump_operand(m, f, in->dest, out);
        sb_puts(out, " = ");
    }
    switch (in->kind) {
    case IR_CALL: sb_printf(out, in->direct ? "direct %s(" : "%s(", in->fn); break;
    case IR_STORE: sb_puts(out, "store "); dump_operand(m, f, in->dest, out); sb_puts(out, " <- "); break;
    case IR_CLEAR: sb_puts(out, "clear "); dump_operand(m, f, in->dest, out); break;
    case IR_BOUND: sb_printf(out, "bound %s ", in->name); break;
    case IR_JUMP: sb_printf(out, "goto L%d", in->index); break;
    case IR_BRANCH: sb_printf(out, "branch%s L%d ", in->negate ? "_false" : "", in->index); break;
    case IR_FOR_ITER: sb_printf(out, "for_iter (exhausted: L%d) ", in->index); break;
    case IR_UNWIND: sb_printf(out, "unwind to handler %d", in->handler); break;
    case IR_RETURN: sb_puts(out, "return"); break;
    case IR_YIELD: sb_printf(out, "yield%s (resume %d) ", in->delegate ? " delegating" : "", in->index); break;
    case IR_MAKE_GEN: sb_printf(out, "make_generator %s ", m->funcs[in->index]->c_name); break;
    case IR_LINE:
    case IR_LABEL:
    case IR_HANDLER: break;
    }
    for (int i = 0; i < in->nargs; i++) {
        if (i) sb_puts(out, ", ");
        dump_operand(m, f, in->args[i], out);
    }
    if (in->kind == IR_CALL) sb_putc(out, ')');
    if (in->loc >= 0) sb_printf(out, "  ; loc %d -> handler %d", in->loc, in->handler);
    sb_putc(out, '\n');
}

void ir_dump(const IrModule *m, StrBuf *out) {
    sb_printf(out, "module %s (%s)\n", m->module_name, m->path);
    for (int g = 0; g < m->nglobals; g++) sb_printf(out, "global %s\n", m->globals[g].name);
    for (int k = 0; k < m->nfuncs; k++) {
        const IrFunc *f = m->funcs[k];
        sb_printf(out, "\nfunc %s [%s] temps=%d ints=%d\n", f->qualname, f->c_name, f->ntemps, f->nints);
        for (int i = 0; i < f->nvars; i++)
            sb_printf(out, "  var %s%s%s%s\n", f->vars[i].name,
                      f->vars[i].kind == IR_VAR_CELL ? " (cell)" : f->vars[i].kind == IR_VAR_FREE ? " (free)" : "",
                      f->vars[i].param >= 0 ? " (param)" : "", f->vars[i].unboxed ? " (double)" : "");
        for (int i = 0; i < f->nlocs; i++)
            sb_printf(out, "  loc %d: line %d: %s%s%s\n", i, f->locs[i].line, f->locs[i].text,
                      f->locs[i].carets ? " | " : "", f->locs[i].carets ? f->locs[i].carets : "");
        for (int i = 0; i < f->ncode; i++) dump_instr(m, f, &f->code[i], out);
    }
}
