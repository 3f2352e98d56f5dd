/* The C stack pointer of a wasm32 module: wasm-ld's mutable global
 * __stack_pointer, which C cannot name. The fiber scheduler (fiber_sched.c)
 * reads it to save a fiber's stack and writes it to give the next fiber its
 * own; nothing else should. Assembled by clang --target=wasm32-wasi. */
	.globaltype	__stack_pointer, i32

	.text
	.globl	py2c__wasi_get_sp
	.type	py2c__wasi_get_sp,@function
py2c__wasi_get_sp:
	.functype	py2c__wasi_get_sp () -> (i32)
	global.get	__stack_pointer
	end_function

	.globl	py2c__wasi_set_sp
	.type	py2c__wasi_set_sp,@function
py2c__wasi_set_sp:
	.functype	py2c__wasi_set_sp (i32) -> ()
	local.get	0
	global.set	__stack_pointer
	end_function
