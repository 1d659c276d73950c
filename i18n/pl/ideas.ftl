# The ideas store (Ideenspeicher).

problem-idea-step = Ten krok nie pasuje do etapu, na którym jest pomysł.
problem-idea-supported = Już popierasz ten pomysł. Dziękujemy!
