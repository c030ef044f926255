alert("payload")
