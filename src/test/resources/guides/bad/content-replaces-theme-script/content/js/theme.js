document.title = "taken over";
