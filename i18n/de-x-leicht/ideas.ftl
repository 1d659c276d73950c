# The ideas store (Ideenspeicher).

problem-idea-step = Dieser Schritt geht jetzt nicht.
problem-idea-supported = Sie unterstützen diese Idee schon. Danke!
