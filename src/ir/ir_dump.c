/* Text form of the IR, one instruction per line. */
#include "common/util.h"
#include "ir/ir.h"

static void dump_const(const IrConst *c, StrBuf *out) {
    switch (c->kind) {
    case IR_CONST_NONE: sb_puts(out, "None"); return;
    case IR_CONST_BOOL: sb_puts(out, c->i ? "True" : "False"); return;
    case IR_CONST_INT: sb_printf(out, "%lld", (long long)c->i); return;
    case IR_CONST_FLOAT: sb_printf(out, "%.17g", c->f); return;
    case IR_CONST_STR:
        sb_putc(out, '"');
        for (uint32_t i = 0; i < c->len; i++) {
            unsigned char ch = (unsigned char)c->data[i];
            if (ch == '"' || ch == '\\') sb_printf(out, "\\%c", ch);
            else if (ch < 0x20 || ch >= 0x7f) sb_printf(out, "\\x%02x", ch);
            else sb_putc(out, (char)ch);
        }
        sb_putc(out, '"');
        return;
    }
    INTERNAL_ERROR("bad IR constant kind %d", (int)c->kind);
}

static void dump_operand(const IrModule *m, IrOperand o, StrBuf *out) {
    switch (o.kind) {
    case IR_OPND_ABSENT: sb_puts(out, "-"); return;
    case IR_OPND_TEMP: sb_printf(out, "t%d", o.index); return;
    case IR_OPND_CONST: dump_const(&m->consts[o.index], out); return;
    }
    INTERNAL_ERROR("bad IR operand kind %d", (int)o.kind);
}

static void dump_instr(const IrModule *m, const IrInstr *in, StrBuf *out) {
    sb_printf(out, "    t%d = ", in->dest);
    switch (in->kind) {
    case IR_BINARY: sb_printf(out, "binary %s ", ir_binop_name((IrBinOp)in->op)); break;
    case IR_UNARY: sb_printf(out, "unary %s ", ir_unop_name((IrUnOp)in->op)); break;
    case IR_COMPARE: sb_printf(out, "compare %s ", ir_cmpop_name((IrCmpOp)in->op)); break;
    case IR_PRINT: sb_puts(out, "print "); break;
    }
    for (int i = 0; i < in->nargs; i++) {
        if (i) sb_puts(out, ", ");
        dump_operand(m, in->args[i], out);
    }
    if (in->kind == IR_PRINT) {
        sb_puts(out, " sep=");
        dump_operand(m, in->sep, out);
        sb_puts(out, " end=");
        dump_operand(m, in->end, out);
    }
    if (in->loc >= 0) sb_printf(out, "  ; raises at loc %d", in->loc);
    sb_putc(out, '\n');
}

void ir_dump(const IrModule *m, StrBuf *out) {
    const IrFunc *f = m->body;
    sb_printf(out, "module %s (%s)\n", m->module_name, m->path);
    if (!f) return;
    sb_printf(out, "func %s [%s] temps=%d\n", f->py_name, f->c_name, f->ntemps);
    for (int i = 0; i < f->nlocs; i++)
        sb_printf(out, "  loc %d: line %d: %s%s%s\n", i, f->locs[i].line, f->locs[i].text,
                  f->locs[i].carets ? " | " : "", f->locs[i].carets ? f->locs[i].carets : "");
    for (int i = 0; i < f->nstmts; i++) {
        sb_printf(out, "  line %d:\n", f->stmts[i].line);
        for (int j = 0; j < f->stmts[i].ninstrs; j++) dump_instr(m, &f->stmts[i].instrs[j], out);
    }
}
