print("never runs")
import mod_syntax_error
