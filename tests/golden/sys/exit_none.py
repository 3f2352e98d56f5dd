import sys


def main():
    try:
        print("in main")
        sys.exit()
    finally:
        print("finally runs")
    print("unreachable")


main()
print("unreachable too")
