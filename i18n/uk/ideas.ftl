# The ideas store (Ideenspeicher).

problem-idea-step = Цей крок не відповідає тому, на якому етапі зараз ідея.
problem-idea-supported = Ви вже підтримуєте цю ідею. Дякуємо!
