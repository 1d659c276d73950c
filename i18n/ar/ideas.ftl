# The ideas store (Ideenspeicher).

problem-idea-step = هذه الخطوة لا تناسب المرحلة التي وصلت إليها الفكرة.
problem-idea-supported = أنت تدعم هذه الفكرة بالفعل. شكرًا!
