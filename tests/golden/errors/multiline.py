print("start",
      1 - "one",
      "end")
