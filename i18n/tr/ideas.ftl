# The ideas store (Ideenspeicher).

problem-idea-step = Bu adım, fikrin şu anki durumuna uymuyor.
problem-idea-supported = Bu fikri zaten destekliyorsunuz. Teşekkürler!
