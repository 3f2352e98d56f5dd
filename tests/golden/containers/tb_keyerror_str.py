config = {"host": "localhost"}
port = config.get("port", 80)
print(port)
print(config["user's name"])
