class C:

# comment
pass
