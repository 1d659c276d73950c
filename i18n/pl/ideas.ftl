# The ideas store (Ideenspeicher).

problem-idea-step = Ten krok nie pasuje do etapu, na którym jest pomysł.
problem-idea-supported = Poparcie dla tego pomysłu jest już zapisane. Dziękujemy!
