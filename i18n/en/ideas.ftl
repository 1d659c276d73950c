# The ideas store (Ideenspeicher).

problem-idea-step = This step does not fit where the idea stands now.
problem-idea-supported = You already support this idea. Thank you!
