# The ideas store (Ideenspeicher).

problem-idea-step = Dieser Schritt passt nicht dazu, wo die Idee gerade steht.
problem-idea-supported = Sie unterstützen diese Idee schon. Danke!
