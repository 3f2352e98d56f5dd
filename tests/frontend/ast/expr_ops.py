a + b
a - b
a * b
a @ b
a / b
a // b
a % b
a ** b
a << b
a >> b
a | b
a ^ b
a & b
-a
+a
~a
not a
a and b
a or b
a and b and c
a or b and c
a < b
a <= b
a > b
a >= b
a == b
a != b
a is b
a is not b
a in b
a not in b
a < b < c <= d
1 + 2 * 3 - 4 / 5
(1 + 2) * 3
-x ** 2
a if b else c
x if y else z if w else v
(y := 10)
[y := 5, y ** 2]
